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
# # Retraining scamtext on your own labelled data
#
# An anti-fraud centre or a platform usually has its own labelled messages. This notebook shows the
# whole path with a public data set standing in for "your data": **telecom_fraud_texts_5** (mixed
# encodings, Chinese category names, ~200 exact duplicates), and then the domain-shift story both ways:
#
# - a model trained on telecom_fraud_texts_5, tested on its own held-out split and on the scamtext corpus;
# - the bundled model (trained on the scamtext corpus), tested on the same telecom_fraud_texts_5 split.
#
# The command-line equivalent is
# `scamtext train ../shared/datasets/telecom_fraud_texts_5 --out my-model` and
# `scamtext evaluate DATA --model my-model`. Where the data set is absent, the notebook falls back to a
# slice of the project corpus so that every cell still runs.

# %%
import scamtext
from scamtext.evaluate import evaluate_model
from scamtext.evaluate.external import find_shared_datasets, telecom_fraud_texts_5
from scamtext.evaluate.report import held_out_split
from scamtext.training import load_labelled, train_data

shared = find_shared_datasets()
user_data = telecom_fraud_texts_5(shared) if shared else None
if user_data is None:
    print("telecom_fraud_texts_5 not found: using 3 labels of the project corpus as the 'user data'")
    full = load_labelled("../corpus")
    keep = [i for i, lab in enumerate(full.labels) if lab in ("normal", "police", "refund")][::3]
    user_data = type(full)([full.texts[i] for i in keep], [full.labels[i] for i in keep], None, full.report)
print("\n".join(user_data.report.lines()))
print(len(user_data), "rows; labels:", sorted(set(user_data.labels)))

# %% [markdown]
# ## Train with a de-duplicated, grouped split
#
# `train_data` drops exact duplicates at load time, then splits so that near-duplicates (same text with
# other names or numbers) never straddle train and test.

# %%
user_model = train_data(user_data, seed=0, test_size=0.2)
print(user_model.training_["held_out"])

# %% [markdown]
# ## Domain shift, both ways

# %%
from scamtext.corpus.split import group_split

_, test_idx = group_split(user_data.texts, user_data.groups, test_size=0.2, seed=0)
u_texts = [user_data.texts[i] for i in test_idx]
u_labels = [user_data.labels[i] for i in test_idx]

corpus = load_labelled("../corpus")
bundled = scamtext.default_classifier()
c_texts, c_labels = held_out_split(corpus, bundled.manifest_, "test")
# the user model only knows the user's labels: score it on the corpus rows with those labels
known = set(user_model.classes_)
c_sel = [(t, lab) for t, lab in zip(c_texts, c_labels) if lab in known]

rows = [
    ("user model", "user data held-out", evaluate_model(user_model, u_texts, u_labels, name="u/u")),
    ("user model", "scamtext corpus held-out (its labels)",
     evaluate_model(user_model, [t for t, _ in c_sel], [lab for _, lab in c_sel], name="u/c")),
    ("bundled model", "user data held-out", evaluate_model(bundled, u_texts, u_labels, name="b/u")),
    ("bundled model", "user data held-out, answers restricted to its labels",
     evaluate_model(bundled, u_texts, u_labels, restrict_labels=True, name="b/u r")),
    ("bundled model", "scamtext corpus held-out", evaluate_model(bundled, c_texts, c_labels, name="b/c")),
]
print(f"{'model':14} {'test data':54} {'macro-F1':>8} {'recall':>7} {'FPR':>6}")
for model, data, rep in rows:
    print(f"{model:14} {data:54} {rep.macro_f1:8.3f} {rep.binary['scam_recall']:7.3f} "
          f"{rep.binary['false_positive_rate']:6.3f}")

# %% [markdown]
# A model fitted to one source scores very well on that source's own split and much worse elsewhere: the
# in-distribution figure alone says little about real traffic. Save a retrained model with
# `user_model.save("my-model")` and load it with `scamtext.load("my-model")`.
