"""Evaluation: metrics, reports, the external data sets and the adversarial suite."""

from .metrics import Report, binary_rates, build_report, pr_curve, reliability, threshold_table
from .report import evaluate_model

__all__ = ["Report", "binary_rates", "build_report", "evaluate_model", "pr_curve", "reliability",
           "threshold_table"]
