"""Review: every change to the stored incidents, each one transaction with its decision row.

roydad attaching new reports (`consolidation`), and an analyst merging, splitting, editing,
accepting or rejecting (`decisions`), undoing any of these (`undo`), or adding to an incident's
analysis of competing hypotheses (`ach_judgements`). Every change writes a `decisions` row with
who, when, why and what is needed to undo it, and re-derives the incidents it touched from their
member reports (`rederive`), so a stored incident never drifts from the reports it is made of.

The store keeps the rows (`roydad.store`); this package decides what to write, with
`roydad.consolidate` (matching, deriving) and `roydad.analysis` (the ACH matrix).
"""
