"""Chart builders: pure functions from a DataFrame to an Altair chart."""

from __future__ import annotations

import altair as alt
import pandas as pd


def growth_chart(df: pd.DataFrame) -> alt.Chart:
    return alt.Chart(df).mark_line(point=True).encode(
        x=alt.X("period_end:T", title="Period"),
        y=alt.Y("value:Q", title="Growth (%)"),
        color=alt.Color("subject:N", title="Indicator"),
        tooltip=["subject", "period_end", "value", "doc"],
    )
