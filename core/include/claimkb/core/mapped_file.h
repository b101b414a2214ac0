// A read-only file mapped into memory, for the large sorted data tables a
// reader binary-searches: mapping costs a system call whatever the size,
// where reading copies every byte in each short-lived process.
#ifndef CLAIMKB_CORE_MAPPED_FILE_H_
#define CLAIMKB_CORE_MAPPED_FILE_H_

#include <string>
#include <string_view>

#include "claimkb/core/result.h"

namespace claimkb::internal {

class MappedFile {
 public:
  // kNotFound when the file cannot be opened; an empty file maps to an
  // empty view.
  static Result<MappedFile> Open(const std::string& path);

  MappedFile() = default;
  ~MappedFile();
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view text() const { return {data_, size_}; }

 private:
  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_MAPPED_FILE_H_
