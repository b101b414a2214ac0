#include "claimkb/indexer/write_lock.h"

#include <fcntl.h>
#include <fmt/chrono.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <sstream>
#include <thread>

#include "claimkb/core/file_bytes.h"

namespace claimkb {
namespace {

// The lock file holds three lines, "pid N", "command TEXT", "since TIME".
// Only processes that find the lock taken read them.
std::string CommandLine() {
  const std::string raw = ReadFileBytes("/proc/self/cmdline").value_or("");
  std::string out;
  for (char c : raw) out += c == '\0' ? ' ' : c;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  // The program's path says little; its name and arguments say what it does.
  if (std::size_t space = out.find(' '); space != std::string::npos) {
    const std::string program = std::filesystem::path(out.substr(0, space)).filename().string();
    out = program + out.substr(space);
  }
  return out.size() > 200 ? out.substr(0, 200) + "..." : out;
}

std::string Describe(const std::string& content) {
  std::istringstream lines(content);
  std::string line, pid, command, since;
  while (std::getline(lines, line)) {
    if (line.starts_with("pid ")) pid = line.substr(4);
    if (line.starts_with("command ")) command = line.substr(8);
    if (line.starts_with("since ")) since = line.substr(6);
  }
  if (pid.empty()) return "another process";
  std::string out = "pid " + pid;
  if (!command.empty()) out += ", `" + command + "`";
  if (!since.empty()) out += ", since " + since;
  return out;
}

std::string ReadAll(int fd) {
  std::string content;
  char buffer[512];
  off_t offset = 0;
  for (;;) {
    ssize_t n = pread(fd, buffer, sizeof buffer, offset);
    if (n <= 0) break;
    content.append(buffer, static_cast<std::size_t>(n));
    offset += n;
    if (content.size() > 4096) break;  // A holder line is short; stop at junk.
  }
  return content;
}

}  // namespace

std::string WriteLock::LockPath(const std::string& db_dir) {
  return (std::filesystem::path(db_dir) / "write.lock").string();
}

Result<WriteLock> WriteLock::Acquire(const std::string& db_dir, const WriteLockOptions& options) {
  std::error_code ec;
  std::filesystem::create_directories(db_dir, ec);
  if (ec) {
    return MakeError(ErrorCode::kIO,
                     fmt::format("cannot create database directory '{}': {}", db_dir, ec.message()),
                     "check the path and your permissions");
  }
  const std::string path = LockPath(db_dir);
  const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return MakeError(ErrorCode::kIO,
                     fmt::format("cannot write to database {}: {}", db_dir, std::strerror(errno)),
                     "only a user who may write the database can change it");
  }
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(options.wait_ms);
  for (;;) {
    if (flock(fd, LOCK_EX | LOCK_NB) == 0) break;
    if (errno != EWOULDBLOCK && errno != EINTR) {
      const int error = errno;
      close(fd);
      return MakeError(ErrorCode::kIO,
                       fmt::format("cannot lock {}: {}", path, std::strerror(error)));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      const std::string holder = Describe(ReadAll(fd));
      close(fd);
      return MakeError(ErrorCode::kLocked,
                       fmt::format("database {} is being written by {}", db_dir, holder),
                       "one process writes a database at a time; retry when it has finished");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  // Ours now: say who we are for the others' messages.
  const std::string since =
      fmt::format("{:%Y-%m-%d %H:%M:%S} UTC", fmt::gmtime(std::time(nullptr)));
  const std::string content =
      fmt::format("pid {}\ncommand {}\nsince {}\n", getpid(),
                  options.description.empty() ? CommandLine() : options.description, since);
  if (ftruncate(fd, 0) != 0 ||
      pwrite(fd, content.data(), content.size(), 0) != static_cast<ssize_t>(content.size())) {
    // The lock itself holds; only the description for others is missing.
  }
  return WriteLock(db_dir, fd);
}

std::optional<std::string> WriteLock::Holder(const std::string& db_dir) {
  const int fd = open(LockPath(db_dir).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::optional<std::string> holder;
  if (flock(fd, LOCK_SH | LOCK_NB) == 0) {
    flock(fd, LOCK_UN);
  } else {
    holder = Describe(ReadAll(fd));
  }
  close(fd);
  return holder;
}

WriteLock::WriteLock(WriteLock&& other) noexcept
    : db_dir_(std::move(other.db_dir_)), fd_(other.fd_) {
  other.fd_ = -1;
}

WriteLock& WriteLock::operator=(WriteLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) close(fd_);
    db_dir_ = std::move(other.db_dir_);
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

WriteLock::~WriteLock() {
  // Closing the last descriptor releases the flock. The file stays: removing
  // it would race with a process that has just opened it.
  if (fd_ >= 0) close(fd_);
}

}  // namespace claimkb
