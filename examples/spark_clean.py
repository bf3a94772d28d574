"""Clean a Parquet corpus with Spark and write the results as Parquet.

    spark-submit --master 'local[*]' \\
        --conf spark.pyspark.python=.venv/bin/python \\
        examples/spark_clean.py pages.parquet cleaned.parquet --html-col html --url-col url

Every executor needs newsclean installed (``pip install 'newsclean[spark]'``) in the Python that
``spark.pyspark.python`` names. The output keeps the input columns and adds the struct column
``newsclean`` (text, metadata, removals, score, reliability, input_format, error); rows whose
``newsclean.error`` is not null could not be cleaned and say why.
"""

from __future__ import annotations

import argparse

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from newsclean.spark import clean_column


def clean_parquet(spark: SparkSession, source: str, target: str, html_col: str = "html",
                  url_col: str | None = None, timeout: float | None = None) -> int:
    """Clean the pages of ``source`` into ``target``; return how many rows could not be cleaned."""
    pages = spark.read.parquet(source)
    cleaned = clean_column(pages, html_col, url_col=url_col, timeout=timeout)
    # keep the page's own columns (minus the raw page), the struct, and the essentials flattened
    result = cleaned.drop(html_col).withColumns({
        "text": F.col("newsclean.text"),
        "title": F.col("newsclean.metadata.title"),
        "signal_fraction": F.col("newsclean.score.signal_fraction"),
        "reliability": F.col("newsclean.reliability.score"),
        "error": F.col("newsclean.error.message"),
    })
    result.write.mode("overwrite").parquet(target)
    return spark.read.parquet(target).filter(F.col("error").isNotNull()).count()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="Parquet file or directory with one page per row")
    parser.add_argument("output", help="where to write the cleaned Parquet")
    parser.add_argument("--html-col", default="html", help="column with the page (HTML, text or markdown)")
    parser.add_argument("--url-col", default=None, help="column with the page URL (optional)")
    parser.add_argument("--timeout", type=float, default=None, help="seconds per page before it becomes an error row")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("newsclean").getOrCreate()
    failed = clean_parquet(spark, args.input, args.output, args.html_col, args.url_col, args.timeout)
    print(f"newsclean: wrote {args.output}; {failed} rows could not be cleaned (see their 'error')")
    spark.stop()


if __name__ == "__main__":
    main()
