#include "claimkb/core/file_bytes.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace claimkb {
namespace {

// Closes the descriptor on every way out.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

Error ReadError(const std::string& path, int error_number) {
  return Error{ErrorCode::kIO, std::string(std::strerror(error_number)), "", path, 0};
}

}  // namespace

Result<std::string> ReadFileBytes(const std::string& path) {
  int opened;
  do {
    opened = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (opened < 0 && errno == EINTR);
  if (opened < 0) return std::unexpected(ReadError(path, errno));
  const FileDescriptor fd(opened);
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) return std::unexpected(ReadError(path, errno));
  if (S_ISDIR(info.st_mode)) return std::unexpected(ReadError(path, EISDIR));
  // Room for the whole file and one byte more, so that a file read to its
  // stated end needs one more call only to see the end.
  std::string bytes;
  bytes.resize(info.st_size > 0 ? static_cast<std::size_t>(info.st_size) + 1 : 4096);
  std::size_t filled = 0;
  for (;;) {
    if (filled == bytes.size()) bytes.resize(bytes.size() * 2);
    const ssize_t got = ::read(fd.get(), bytes.data() + filled, bytes.size() - filled);
    if (got < 0) {
      if (errno == EINTR) continue;
      return std::unexpected(ReadError(path, errno));
    }
    if (got == 0) break;
    filled += static_cast<std::size_t>(got);
  }
  bytes.resize(filled);
  return bytes;
}

}  // namespace claimkb
