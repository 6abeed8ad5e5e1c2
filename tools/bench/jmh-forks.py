#!/usr/bin/env python3
"""Min / median / max over JMH forks (each fork's mean of its iterations) from a JMH JSON result.

Usage: tools/bench/jmh-forks.py target/bench/jmh.json
"""
import json
import statistics
import sys

for result in json.load(open(sys.argv[1])):
    metric = result["primaryMetric"]
    forks = [statistics.mean(iterations) for iterations in metric["rawData"]]
    name = result["benchmark"].rsplit(".", 2)
    print(
        f"{name[-2]}.{name[-1]:<40} forks={len(forks)} min={min(forks):10.1f}"
        f" median={statistics.median(forks):10.1f} max={max(forks):10.1f} {metric['scoreUnit']}"
    )
