# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Evaluating the bundled scamtext model
#
# Three kinds of test data, none of which the bundled model was trained on:
#
# 1. the **held-out split of the project corpus** — grouped by template and near-duplicate cluster, so no
#    generator template or near-copy of a test message was seen in training;
# 2. **telecom_fraud_texts_5** (public, LLM-written fraud texts + commercial SMS, 5 labels);
# 3. **teleantifraud_dialogues** (public, simulated phone calls, scam vs normal).
#
# The external data sets are read from `../shared/datasets` beside the checkout (or `$SCAMTEXT_DATASETS`);
# where they are absent, their sections print a message and are skipped. All metric code is in
# `scamtext.evaluate`; this notebook only calls it.

# %%
import matplotlib.pyplot as plt

import scamtext
from scamtext.evaluate import evaluate_model, threshold_table
from scamtext.evaluate.adversarial import adversarial_report, perturb
from scamtext.evaluate.external import find_shared_datasets, teleantifraud_dialogues, telecom_fraud_texts_5
from scamtext.evaluate.plots import confusion_heatmap, pr_plot, reliability_plot, threshold_plot
from scamtext.evaluate.report import held_out_split
from scamtext.training import load_labelled

clf = scamtext.default_classifier()
print("model trained on", clf.manifest_["training"]["train_rows"], "rows; labels:", ", ".join(clf.classes_))

# %% [markdown]
# ## 1. Corpus held-out split

# %%
corpus = load_labelled("../corpus")
texts, labels = held_out_split(corpus, clf.manifest_, "test")
held = evaluate_model(clf, texts, labels, name="corpus held-out split")
print(held.to_markdown().split("## Confusion")[0])

# %%
fig, axes = plt.subplots(1, 2, figsize=(15, 6))
confusion_heatmap(held, ax=axes[0])
reliability_plot(held, ax=axes[1])
plt.tight_layout()
plt.show()

# %% [markdown]
# ## 2. External data (never trained on)

# %%
shared = find_shared_datasets()
tft = telecom_fraud_texts_5(shared) if shared else None
tad = teleantifraud_dialogues(shared) if shared else None
if shared is None:
    print("../shared/datasets not found: skipping the external sections")
reports, curves, tables = {"corpus held-out": held}, {}, {}
preds = clf.classify(texts, evidence=0)
curves["corpus held-out"] = (labels, [p.scam_score for p in preds])

# %%
if tft is not None:
    full = evaluate_model(clf, tft.texts, tft.labels, name="telecom_fraud_texts_5 (13 labels)")
    restricted = evaluate_model(clf, tft.texts, tft.labels, restrict_labels=True,
                                name="telecom_fraud_texts_5 (restricted to its 5 labels)")
    print(full.to_markdown().split("## Confusion")[0])
    print(restricted.to_markdown().split("## Per label")[0])
    reports["telecom_fraud_texts_5"] = full
    tft_preds = clf.classify(tft.texts, evidence=0)
    curves["telecom_fraud_texts_5"] = (tft.labels, [p.scam_score for p in tft_preds])
    fig, ax = plt.subplots(figsize=(9, 5))
    confusion_heatmap(full, ax=ax)
    plt.show()
else:
    print("telecom_fraud_texts_5 not available: skipped")

# %%
if tad is not None:
    d_texts, d_labels, d_types = tad
    d_preds = clf.classify(d_texts, evidence=0)
    curves["teleantifraud calls"] = (d_labels, [p.scam_score for p in d_preds])
    from scamtext.evaluate import binary_rates

    rates = binary_rates(d_labels, [p.label for p in d_preds])
    print({k: round(v, 4) if isinstance(v, float) else v for k, v in rates.items()})
    missed = {}
    for t, lab, ty, p in zip(d_texts, d_labels, d_types, d_preds):
        if lab != "normal" and not p.is_scam:
            missed[ty] = missed.get(ty, 0) + 1
    print("missed scam calls by fraud_type:", missed)
else:
    print("teleantifraud_dialogues not available: skipped")

# %% [markdown]
# ## 3. Precision-recall and the threshold trade-off (scam vs normal)

# %%
for name, (y, s) in curves.items():
    tables[name] = threshold_table(y, s)
fig, axes = plt.subplots(1, 2, figsize=(15, 5))
pr_plot(curves, ax=axes[0])
threshold_plot(tables, ax=axes[1])
plt.tight_layout()
plt.show()

# %% [markdown]
# ## 4. Error analysis: the most confident mistakes

# %%
for name, rep in reports.items():
    print(f"### {name}")
    for label, items in rep.worst.items():
        for item in items[:2]:
            print(f"  true {label:14} predicted {item['predicted']:14} ({item['score']:.2f})  {item['text'][:90]!r}")

# %% [markdown]
# ## 5. Adversarial robustness
#
# Every held-out message is disguised in the ways scammers do, and classified again.

# %%
print(perturb(["加我微信领取300元红包，贷款秒批，刷单日结"], "combined", seed=3)[0])
adv = adversarial_report(clf, texts, labels)
for row in adv["rows"]:
    print(f"{row['perturbation']:12} accuracy {row['accuracy']:.4f} (drop {100 * row['accuracy_drop']:+.2f} pt)  "
          f"scam recall {row['scam_recall']:.4f}")
print("worst single-perturbation drop:", round(100 * adv["worst_single_drop"], 2), "points; combined:",
      round(100 * adv["combined_drop"], 2), "points")
