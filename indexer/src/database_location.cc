#include "claimkb/indexer/database_location.h"

#include <cstdlib>

namespace claimkb {
namespace {

std::string EnvOrEmpty(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

}  // namespace

std::string DefaultDatabaseDirectory() {
  if (std::string db = EnvOrEmpty("CLAIMKB_DB"); !db.empty()) return db;
  if (std::string xdg = EnvOrEmpty("XDG_DATA_HOME"); !xdg.empty()) return xdg + "/claimkb";
  if (std::string home = EnvOrEmpty("HOME"); !home.empty()) {
    return home + "/.local/share/claimkb";
  }
  return "claimkb-data";
}

bool IsRemoteSource(const std::string& source) { return source.rfind("tcp://", 0) == 0; }

}  // namespace claimkb
