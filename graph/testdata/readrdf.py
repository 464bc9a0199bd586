"""Reads a Bilat export in N-Quads or JSON-LD with rdflib and prints, as
JSON, how many literals of each datatype it holds, which predicates carry
them, and every literal rdflib could not read as its datatype.

usage: readrdf.py FORMAT PATH   (FORMAT nquads or json-ld)
"""
import json
import sys
import warnings

import rdflib
from rdflib import Literal

warnings.simplefilter("ignore")  # rdflib warns on ill-typed literals; they are reported below


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    ds = rdflib.Dataset()
    ds.parse(path, format=fmt)
    types, preds, bad, values = {}, {}, [], set()
    quads = 0
    for s, p, o, g in ds.quads((None, None, None, None)):
        quads += 1
        if not isinstance(o, Literal):
            continue
        dt = str(o.datatype) if o.datatype else ""
        types[dt] = types.get(dt, 0) + 1
        if dt:
            preds.setdefault(dt, set()).add(str(p))
            values.add("%s %s" % (dt, type(o.value).__name__))
            # rdflib gives a literal of a datatype it knows its Python
            # value; an ill-typed lexical form (or an unknown datatype)
            # has none.
            if o.value is None or isinstance(o.value, str) and not dt.endswith("#string"):
                bad.append("%s %s %s" % (p, o.n3(), type(o.value).__name__))
    json.dump({"quads": quads, "literals": types, "predicates": {k: sorted(v) for k, v in preds.items()},
               "unread": bad, "value_types": sorted(values)},
              sys.stdout, sort_keys=True, indent=1)


main()
