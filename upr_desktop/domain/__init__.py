"""Pure domain: value types and rules. No Qt, no SQL, no I/O."""
