"""Print the lexicon's schedule of China's three-day holidays from a maintained calendar (run by hand, not at build time).

    pip install chinesecalendar && python tools/build_holidays.py [--check]

The State Council announces each year which days are off for 元旦, 清明, 端午 and 中秋 (and the golden weeks); the
package `chinesecalendar` (LKI/chinese-calendar, MIT) keeps those announcements. A holiday's period in a report
(`端午小长假`, `清明假期`) is the whole run of days off that holds its named days, weekends next to them included
(`2024年端午` is 6月8日—10日, though only the 10th is the named day off). Paste the printed tables into
extractors/lexicon/time.toml under `time_holiday.dates`. `--check` compares the golden weeks the lexicon already
holds (written by hand from the announcements) with what the same rule gives, as a test of the rule.
"""

from __future__ import annotations

import argparse
import tomllib
from datetime import date, timedelta
from pathlib import Path

import chinese_calendar as cc
from chinese_calendar.constants import Holiday

FIRST_YEAR, LAST_YEAR = 2008, 2025  # three-day holidays began in 2008; the package's data ends with its release
TABLES = {  # lexicon key → the package's holiday
    "new_years_day": Holiday.new_years_day,
    "tomb_sweeping": Holiday.tomb_sweeping_day,
    "dragon_boat": Holiday.dragon_boat_festival,
    "mid_autumn": Holiday.mid_autumn_festival,
}
CHECKED = {"may_day": Holiday.labour_day, "national_day": Holiday.national_day}
TIME_TOML = Path(__file__).resolve().parent.parent / "extractors" / "lexicon" / "time.toml"


def named_days(holiday: Holiday, year: int) -> list[date]:
    """The days the announcement names for the holiday of year: for 元旦 the run that holds 1 January (the run at the
    end of December is the next year's), for the others every named day of the year."""
    if holiday is Holiday.new_years_day:
        day, days = date(year, 1, 1), []
        while _named(day - timedelta(days=1), holiday):
            day -= timedelta(days=1)
        while _named(day, holiday):
            days.append(day)
            day += timedelta(days=1)
        return days
    day, days = date(year, 1, 1), []
    while day.year == year:
        if _named(day, holiday):
            days.append(day)
        day += timedelta(days=1)
    return days


def _named(day: date, holiday: Holiday) -> bool:
    on, name = cc.get_holiday_detail(day)
    return bool(on) and name == holiday.value


def rest_run(days: list[date]) -> tuple[date, date]:
    """The run of consecutive days off that holds the named days."""
    first, last = min(days), max(days)
    while cc.is_holiday(first - timedelta(days=1)):
        first -= timedelta(days=1)
    while cc.is_holiday(last + timedelta(days=1)):
        last += timedelta(days=1)
    return first, last


def schedule(holiday: Holiday) -> dict[int, tuple[date, date]]:
    return {year: rest_run(days) for year in range(FIRST_YEAR, LAST_YEAR + 1) if (days := named_days(holiday, year))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare the hand-written golden weeks with the rule")
    if parser.parse_args().check:
        held = tomllib.loads(TIME_TOML.read_text(encoding="utf-8"))["time_holiday"]["dates"]
        for key, holiday in CHECKED.items():
            for year, (first, last) in schedule(holiday).items():
                mine = held[key].get(str(year))
                if mine != [first.isoformat(), last.isoformat()]:
                    print(f"{key} {year}: lexicon {mine}, rule {first}..{last}")
        return
    for key, holiday in TABLES.items():
        print(f"[time_holiday.dates.{key}]")
        for year, (first, last) in schedule(holiday).items():
            print(f'{year} = ["{first.isoformat()}", "{last.isoformat()}"]')
        print()


if __name__ == "__main__":
    main()
