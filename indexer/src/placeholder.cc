// Placeholder until the ingester lands; keeps the library non-empty.
namespace claimkb { int kIndexerPlaceholder = 0; }
