"""Training of newsgraph's learned components (``newsgraph train ...``).

Kept apart from the components themselves: training runs the whole pipeline over
gold data and reads the evaluation scorers, so it sits above the pipeline and the
scorers, while the shipped model (``newsgraph.resolver``) sits below the stages
that apply it.
"""
