"""Reads one export of Bilat's network formats with networkx and prints
what it found as JSON: the test compares it with the exact counts.

usage: readnet.py FORMAT PATH [FORMAT PATH...]   (FORMAT gexf, graphml, gml;
csv: PATH is the directory holding nodes.csv and edges.csv). It prints a
JSON list, one object per file.
"""
import csv
import json
import os
import re
import sys

import networkx as nx
from networkx.readwrite import gexf


def read(fmt, path):
    if fmt == "gexf":
        # networkx reads GEXF 1.3 from version 3; older ones (Debian 12 has
        # 2.8) know its namespace under no name: give them the entry
        # networkx 3 has.
        if "1.3" not in gexf.GEXF.versions:
            d = dict(gexf.GEXF.versions["1.2draft"])
            d.update(NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz",
                     SCHEMALOCATION="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", VERSION="1.3")
            gexf.GEXF.versions["1.3"] = d
        return nx.read_gexf(path, version="1.3")
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gml":
        return nx.read_gml(path)  # keys nodes by label: refuses a repeated one
    if fmt == "csv":
        with open(os.path.join(path, "edges.csv"), newline="", encoding="utf-8") as f:
            edges = list(csv.DictReader(f))
        directed = any(r["Type"] == "Directed" for r in edges)
        g = nx.MultiDiGraph() if directed else nx.MultiGraph()
        with open(os.path.join(path, "nodes.csv"), newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                g.add_node(r["Id"], **r)
        for r in edges:
            for end in ("Source", "Target"):
                if r[end] not in g:
                    raise SystemExit("edges.csv: %s %r is not in nodes.csv" % (end, r[end]))
            g.add_edge(r["Source"], r["Target"], **r)
        if not any(g.number_of_edges(u, v) > 1 for u, v in g.edges()):
            g = nx.DiGraph(g) if directed else nx.Graph(g)
        return g
    raise SystemExit("unknown format " + fmt)


def describe(fmt, path):
    g = read(fmt, path)
    labels = [str(d.get("label", d.get("Label", n))) for n, d in g.nodes(data=True)]
    # An RDF term written as N-Quads: <iri>, "literal", "literal"^^<type>.
    rdf_term = re.compile(r'^(<[^>]*>|"(.*)"(\^\^<[^>]*>|@[A-Za-z-]+)?)$')
    bad = [l for l in labels if rdf_term.match(l)]
    out = {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "mode": g.graph.get("mode", ""),
        "bracketed_labels": bad,
        "labels": sorted(labels)[:3],
    }
    # One node and its strongest edge, whatever the node keys are.
    for n, d in g.nodes(data=True):
        if "yerzhan-kistafin" in str(n) + str(d.get("label", "")) + str(d.get("name", "")) + str(d.get("Id", "")) + str(d.get("iri", "")):
            out["kistafin"] = {k: v for k, v in d.items() if k in ("label", "Label", "kind", "country", "events", "spells")}
            out["kistafin_degree"] = g.degree(n)
            es = sorted(g.edges(n, data=True), key=lambda e: (-float(e[2].get("weight", e[2].get("Weight", 0)) or 0), str(e[1])))
            if es:
                d = es[0][2]
                out["kistafin_edge"] = {k: d[k] for k in ("weight", "Weight", "kinds", "first", "last", "spells", "Interval") if k in d}
            break
    return out


args = sys.argv[1:]
json.dump([describe(args[i], args[i + 1]) for i in range(0, len(args), 2)], sys.stdout, sort_keys=True)
