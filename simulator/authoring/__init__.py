"""Tools for trainers who write scenarios: check, golden tests, explorer, graph, stats, scaffold, schema.

Everything here reads scenarios through `simulator.loader` and plays them through the real engine,
so what these tools report is what a trainee will meet.
"""
