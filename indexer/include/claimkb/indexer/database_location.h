// Where a claimkb database lives. A database is a directory holding
// claims.sqlite (the source of truth) and xapian/ (the derived search index).
#ifndef CLAIMKB_INDEXER_DATABASE_LOCATION_H_
#define CLAIMKB_INDEXER_DATABASE_LOCATION_H_

#include <string>

namespace claimkb {

// The database directory to use when the user gave no --db:
// $CLAIMKB_DB if set and non-empty, else $XDG_DATA_HOME/claimkb, else
// $HOME/.local/share/claimkb (the XDG default), else ./claimkb-data.
std::string DefaultDatabaseDirectory();

// True for "tcp://host:port" sources, which name a remote Xapian shard
// served by xapian-tcpsrv rather than a local directory.
bool IsRemoteSource(const std::string& source);

}  // namespace claimkb

#endif  // CLAIMKB_INDEXER_DATABASE_LOCATION_H_
