#include "claimkb/core/resources.h"

#include <unistd.h>

#include <filesystem>
#include <system_error>

#ifndef CLAIMKB_DATA_FROM_BIN
#define CLAIMKB_DATA_FROM_BIN "../share/claimkb"
#endif

namespace claimkb {
namespace {

namespace fs = std::filesystem;

// The directory of the running executable; empty when /proc is unavailable.
fs::path ExecutableDirectory() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  return exe.parent_path();
}

}  // namespace

std::string FindResource(std::string_view installed, std::string_view in_source) {
  std::error_code ec;
  fs::path installed_path;
  if (fs::path bin = ExecutableDirectory(); !bin.empty()) {
    installed_path = (bin / CLAIMKB_DATA_FROM_BIN / installed).lexically_normal();
    if (fs::exists(installed_path, ec)) return installed_path.string();
  }
  fs::path source_path = fs::path(CLAIMKB_SOURCE_DIR) / in_source;
  if (fs::exists(source_path, ec)) return source_path.string();
  return installed_path.empty() ? source_path.string() : installed_path.string();
}

std::string LexiconResourceDirectory() { return FindResource("lexicon", "data/lexicon"); }
std::string MigrationsResourceDirectory() { return FindResource("migrations", "schema/sqlite"); }
std::string SamplesResourceDirectory() { return FindResource("samples", "data/samples"); }

}  // namespace claimkb
