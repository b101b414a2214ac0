namespace claimkb { int kQueryPlaceholder = 0; }
