"""Pure computations on a case: ledger, interest, fees, deadlines. No I/O."""
