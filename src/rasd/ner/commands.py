"""`rasd train ner` and `rasd eval ner`."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from rasd.ner.news_data import DEFAULT_WEIGHT

err = Console(stderr=True, highlight=False, soft_wrap=True)
_DATA = Path(__file__).resolve().parent / "data"
# The repository's unseen-news annotations, when Rasd runs from a source checkout.
_NEWS_GOLD = Path(__file__).resolve().parents[3] / "benchmarks" / "news-gold"
_MORE_GOLD = [_NEWS_GOLD] if _NEWS_GOLD.is_dir() else []


def register(app: typer.Typer, train_app: typer.Typer, eval_app: typer.Typer) -> None:
    train_app.command("ner")(train_ner)
    eval_app.command("ner")(eval_ner)


def train_ner(
    shared: Annotated[Path, typer.Option(help="The shared data folder.")] = Path("../shared"),
    out: Annotated[Path, typer.Option(help="Folder for the model and resources.")] = _DATA,
    clusters: Annotated[
        bool,
        typer.Option(
            help="Also retrain word2vec on the news corpus, then the word clusters and "
            "vectors (single-threaded, seeded; about 15 minutes). Without it the "
            "shipped clusters and vectors are used."
        ),
    ] = False,
    corpora: Annotated[
        list[str],
        typer.Option(
            "--corpus",
            help="Training corpora (anercorp, aqmar, wikifane, wojood); with several, "
            "each keeps its own copy of the word features (domain adaptation).",
        ),
    ] = ["anercorp"],  # noqa: B006
    vectors: Annotated[
        bool,
        typer.Option(
            help="Also give the CRF the word2vec components of each word and its "
            "neighbours (vectors.npz): +0.002 micro-F1 on ANERcorp test, but tagging "
            "drops from about 38,000 to 23,000 tokens/s, under the 30,000 target."
        ),
    ] = False,
    gold_folds: Annotated[
        list[int],
        typer.Option(
            "--gold-fold",
            help="Folds of ../shared/gold whose articles, with their entity strings "
            "projected onto the tokens, join the training data (development folds "
            "0-2 only; the check folds 3-4 are refused).",
        ),
    ] = [0, 1, 2],  # noqa: B006
    more_gold: Annotated[
        list[Path],
        typer.Option(
            "--more-gold",
            help="A folder of gold-format annotations whose development folds 0-2 join "
            "the training data like ../shared/gold's (repeatable; default: the "
            "repository's benchmarks/news-gold when Rasd runs from a checkout).",
        ),
    ] = _MORE_GOLD,
    gold_weight: Annotated[
        int,
        typer.Option(min=0, help="Copies of each gold sentence in the training data (0: none)."),
    ] = DEFAULT_WEIGHT,
    news_names: Annotated[
        bool,
        typer.Option(
            help="Also relearn from the news corpus the spelling variants of names "
            "(ترمب / ترامب) and the organisations named after descriptors (تنظيم داعش، "
            "صحيفة واشنطن بوست): two passes over the corpus, about 10 minutes."
        ),
    ] = False,
    misc_fill: Annotated[
        bool,
        typer.Option(
            help="Tag ANERcorp's MISC strings as MISC in the gold news sentences, "
            "where the gold (which has no MISC) left O."
        ),
    ] = False,
    news_attribute: Annotated[
        bool,
        typer.Option(
            help="Mark every news word with a corpus attribute while training (never "
            "while tagging). Dev folds cross-validated 0.844 with both options against "
            "0.840 without, a tie; left off, so training and tagging see the same features."
        ),
    ] = False,
    anercorp_attribute: Annotated[
        bool,
        typer.Option(
            help="Mark every ANERcorp word with a corpus attribute while training: "
            "ANERcorp's conventions (MISC, nisba adjectives tagged) go to its weights, "
            "news is tagged without it in the gold conventions, and `rasd eval ner "
            "--convention anercorp` tags with it (one domain indicator, Daumé 2007). "
            "Off: ANERcorp dev split 0.7459 against 0.7316, but held-out news folds "
            "fell (fold 2 0.8777 against 0.8811, folds 0-1 0.8883 against 0.8922)."
        ),
    ] = False,
    anercorp_copies: Annotated[
        bool,
        typer.Option(
            help="Copy every attribute of each ANERcorp word as 'a:<attribute>' while "
            "training (feature augmentation, Daumé 2007): the copies' weights take "
            "ANERcorp's conventions, the shared ones lean to the news data; news is "
            "tagged without the copies, `rasd eval ner --convention anercorp` with them. "
            "On (the default, with --copy-subset): ANERcorp test 0.7608 against 0.7404 "
            "without; all copied: ANERcorp dev split 0.7562 against 0.7316, but held-out "
            "news fold 2 0.8805 against 0.8811."
        ),
    ] = True,
    copy_subset: Annotated[
        bool,
        typer.Option(
            help="With --anercorp-copies, copy only the bias and each ANERcorp word's own "
            "convention-bearing attributes (word, stem, suffixes, name lists) as "
            "'ao:<attribute>': the neighbours', shape and cluster weights stay shared. "
            "On (the default): ANERcorp dev split 0.7537, held-out news fold 2 0.8827 "
            "and folds 0-1 0.8924 (without copies 0.7316 / 0.8812 / 0.8925), ANERcorp "
            "test 0.7608."
        ),
    ] = True,
) -> None:
    """Rebuild the NER model: gazetteer, (optionally) word clusters, then the CRF.

    Trains on ANERcorp train.txt (never test.txt) and the gold articles of the
    development folds, their entity strings projected onto the tokens (two copies
    of each sentence: 2018 news and its conventions); the names tagged in AQMAR,
    WikiFANE and the Wojood sample go into the gazetteer (as training sequences they
    lowered ANERcorp test F1, see docs/accuracy.md). Features include the shipped
    word clusters (and, with --vectors, word2vec components). crfsuite's L-BFGS is
    deterministic, so the same data gives the same model. 42-50 s on one core (59 s
    with --vectors), more on a busy machine; --clusters adds a word2vec run over the
    news (10-20 minutes).

    Examples:

      rasd train ner

      rasd train ner --shared /data/shared --out /tmp/ner --clusters

      rasd train ner --vectors --out /tmp/ner-vectors     # slower, slightly more accurate

      rasd train ner --corpus anercorp --corpus aqmar --corpus wojood --out /tmp/ner

      rasd train ner --gold-fold 0 --gold-fold 1 --out /tmp/ner-cv   # fold 2 held out

      rasd train ner --gold-weight 0 --out /tmp/ner-anercorp          # ANERcorp only

      rasd train ner --more-gold /data/my-annotations --out /tmp/ner-more
    """
    from rasd.evaluate.folds import DEV_FOLDS
    from rasd.ner.bootstrap import NEWS_NAMES_RESOURCE, load_news_names
    from rasd.ner.clusters import CLUSTERS_RESOURCE, load_clusters
    from rasd.ner.corpora import CORPORA, load_training
    from rasd.ner.features import GROUPS, Featurizer
    from rasd.ner.gazetteer import (
        GAZETTEER_RESOURCE,
        build_gazetteer,
        load_gazetteer,
        write_gazetteer,
    )
    from rasd.ner.model import MODEL_RESOURCE, train
    from rasd.ner.news_data import (
        ANERCORP_COPY,
        ANERCORP_MARK,
        ANERCORP_OWN_COPY,
        NEWS_DOMAIN,
        FoldError,
        fill_misc,
        load_news_training,
        misc_names,
    )
    from rasd.ner.vectors import VECTORS_RESOURCE, load_vectors
    from rasd.text.tokens import Segmenter, load_lexicon

    data = shared / "data"
    if not (data / "ner").is_dir():
        err.print(f"rasd: no NER corpora under {data / 'ner'} (use --shared)")
        raise typer.Exit(2)
    started = time.perf_counter()
    try:
        news = load_news_training(shared / "gold", gold_folds) if gold_weight else []
        for folder in more_gold if gold_weight else []:
            if not (folder / "index.txt").is_file():
                raise ValueError(f"{folder} holds no gold index.txt")
            news += load_news_training(folder, DEV_FOLDS)
    except (FoldError, OSError, ValueError) as exc:
        err.print(f"rasd: no news training data: {exc}", markup=False)
        raise typer.Exit(2) from None
    lexicon = load_lexicon()
    segmenter = Segmenter(lexicon)
    if news_names:
        _learn_descriptor_names(data, lexicon, out)
    names_path = out / NEWS_NAMES_RESOURCE
    write_gazetteer(
        build_gazetteer(
            data, lexicon, load_news_names(names_path if names_path.is_file() else None)
        ),
        out / GAZETTEER_RESOURCE,
    )
    if news_names:
        _learn_variants(data, lexicon, out)
    err.print(f"gazetteer → {out / GAZETTEER_RESOURCE}")
    if clusters:
        _train_clusters(data, segmenter, out)
    cluster_path = out / CLUSTERS_RESOURCE
    vector_path = out / VECTORS_RESOURCE
    groups = GROUPS if vectors else tuple(g for g in GROUPS if g != "vectors")
    featurizer = Featurizer(
        segmenter,
        load_clusters(cluster_path if cluster_path.is_file() else None),
        load_gazetteer(out / GAZETTEER_RESOURCE),
        groups,
        vectors=load_vectors(vector_path if vector_path.is_file() else None) if vectors else None,
    )
    unknown = sorted(set(corpora) - set(CORPORA))
    if unknown:
        err.print(f"rasd: unknown corpus {', '.join(unknown)}; known: {', '.join(CORPORA)}")
        raise typer.Exit(2)
    sentences, domains = load_training(data / "ner", corpora)
    adapt = len(set(domains)) > 1
    anercorp = [s for s, d in zip(sentences, domains, strict=True) if d == "anercorp"]
    if misc_fill:
        news = fill_misc(news, misc_names(anercorp))
    news = news * gold_weight
    mark = NEWS_DOMAIN if news_attribute else None
    marks: list[str | None] = [
        ANERCORP_MARK if anercorp_attribute and d == "anercorp" else None for d in domains
    ] + [mark] * len(news)
    copy = (ANERCORP_OWN_COPY if copy_subset else ANERCORP_COPY) if anercorp_copies else None
    copies = [copy if d == "anercorp" else None for d in domains] + [None] * len(news)
    sentences += news
    domains += ["anercorp"] * len(news)  # same features: only the corpora are adapted
    with err.status(f"training the CRF on {len(sentences):,} sentences…"):
        train(
            sentences,
            featurizer,
            out / MODEL_RESOURCE,
            domains=domains if adapt else None,
            target="anercorp" if adapt else None,
            marks=marks,
            copies=copies,
        )
    seconds = time.perf_counter() - started
    err.print(f"model → {out / MODEL_RESOURCE} in {seconds:.0f} s")


def _learn_descriptor_names(data: Path, lexicon: dict[str, int], out: Path) -> None:
    from rasd.ner.bootstrap import (
        NEWS_NAMES_RESOURCE,
        descriptor_counts,
        descriptor_names,
        write_news_names,
    )
    from rasd.text.lexicon import news_texts

    files = sorted((data / "news").glob("*.jsonl*"))
    with err.status("finding organisations named after descriptors in the news corpus…"):
        names = descriptor_names(descriptor_counts(news_texts(files), lexicon), lexicon)
    write_news_names(names, out / NEWS_NAMES_RESOURCE)
    err.print(f"{len(names):,} organisation names → {out / NEWS_NAMES_RESOURCE}")


def _learn_variants(data: Path, lexicon: dict[str, int], out: Path) -> None:
    from rasd.ner.clusters import CLUSTERS_RESOURCE, load_clusters
    from rasd.ner.gazetteer import GAZETTEER_RESOURCE, load_gazetteer
    from rasd.ner.variants import VARIANTS_RESOURCE, build_variants, name_words, write_variants
    from rasd.text.lexicon import news_texts

    clusters = out / CLUSTERS_RESOURCE
    names = name_words(
        load_gazetteer(out / GAZETTEER_RESOURCE),
        load_clusters(clusters if clusters.is_file() else None),
    )
    files = sorted((data / "news").glob("*.jsonl*"))
    with err.status("finding spelling variants of names in the news corpus…"):
        table = build_variants(news_texts(files), lexicon, names)
    write_variants(table, out / VARIANTS_RESOURCE)
    err.print(f"{len(table):,} spelling variants → {out / VARIANTS_RESOURCE}")


def _train_clusters(data: Path, segmenter: object, out: Path) -> None:
    from rasd.ner.clusters import (
        CLUSTERS_RESOURCE,
        news_sentences,
        test_ngrams,
        train_clusters,
        train_word2vec,
        write_clusters,
    )
    from rasd.ner.corpora import ANERCORP_TEST, read_bio
    from rasd.ner.vectors import VECTORS_RESOURCE, reduce_vectors, write_vectors
    from rasd.text.lexicon import news_texts

    held_out = test_ngrams(words for words, _ in read_bio(data / "ner" / ANERCORP_TEST))
    files = sorted((data / "news").glob("*.jsonl*"))
    with err.status("training word2vec, clusters and vectors on the news corpus…"):
        sentences = list(news_sentences(news_texts(files), segmenter, held_out))  # type: ignore[arg-type]
        words, vectors = train_word2vec(sentences)
        write_clusters(train_clusters(words, vectors), out / CLUSTERS_RESOURCE)
        write_vectors(words, reduce_vectors(vectors), out / VECTORS_RESOURCE)
    err.print(f"clusters, vectors → {out}")


def eval_ner(
    data: Annotated[
        Path, typer.Option(help="A BIO file: 'word TAG' per line, blank lines between sentences.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    model: Annotated[
        Path | None, typer.Option(help="A crfsuite model (default: the shipped one).")
    ] = None,
    convention: Annotated[
        str,
        typer.Option(
            help="The annotation convention to tag in: 'news' (no corpus attribute: the "
            "gold articles' conventions, as the pipeline tags) or 'anercorp' (the ANERcorp "
            "attribute or copies the model was trained with: MISC and ANERcorp's habits; "
            "for ANERcorp's own test set)."
        ),
    ] = "news",
) -> None:
    """Entity-level precision, recall and F1 per type, micro and macro (CoNLL rules).

    Tags PER (or PERS), ORG, LOC and MISC are scored; others count as O. Every 20
    consecutive sentences are tagged as one document (names kept consistent across
    them, as the `ner` stage does over a whole article). With `--convention anercorp`
    every word also carries the attribute the ANERcorp training sentences carried
    (`rasd train ner --anercorp-attribute`, model.json's "marks") or the copies of its
    attributes (`--anercorp-copies`, model.json's "copies").

    Examples:

      rasd eval ner --data ../shared/data/ner/anercorp/test.txt --convention anercorp

      rasd eval ner --data ../shared/data/ner/anercorp/test.txt   # in the news conventions

      rasd eval ner --data my.bio --json
    """
    from rasd.ner.corpora import CorpusError, check_bio, read_bio
    from rasd.ner.model import Tagger
    from rasd.ner.news_data import ANERCORP_COPY, ANERCORP_MARK, ANERCORP_OWN_COPY
    from rasd.ner.scoring import score

    try:
        check_bio(data)
        sentences = list(read_bio(data))
    except CorpusError as exc:
        err.print(f"rasd: {exc}", markup=False)
        raise typer.Exit(2) from None
    if model is not None and not model.is_file():
        err.print(f"rasd: {model}: no such model file", markup=False)
        raise typer.Exit(2)
    tagger = Tagger(model)
    if convention not in ("news", ANERCORP_MARK):
        err.print(f"rasd: unknown convention {convention!r}; known: news, {ANERCORP_MARK}")
        raise typer.Exit(2)
    if convention == ANERCORP_MARK:
        copy = next((c for c in (ANERCORP_COPY, ANERCORP_OWN_COPY) if c in tagger.copies), None)
        if ANERCORP_MARK not in tagger.marks and copy is None:
            err.print("rasd: this model was trained without the ANERcorp attribute or copies")
            raise typer.Exit(2)
        tagger.mark = ANERCORP_MARK if ANERCORP_MARK in tagger.marks else None
        tagger.copy = copy
    predicted = tagger.tag_corpus([words for words, _ in sentences])
    result = score([tags for _, tags in sentences], predicted)
    if as_json:
        print(json.dumps(result, indent=2))
        return
    print(f"{'type':6} {'P':>7} {'R':>7} {'F1':>7} {'support':>8}")
    for label, r in result["per_type"].items():
        print(
            f"{label:6} {r['precision']:7.4f} {r['recall']:7.4f} {r['f1']:7.4f} {r['support']:8d}"
        )
    print(
        f"micro  {result['micro_precision']:7.4f} {result['micro_recall']:7.4f} "
        f"{result['micro_f1']:7.4f}\nmacro  {'':7} {'':7} {result['macro_f1']:7.4f}"
    )
