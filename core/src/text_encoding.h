// Digests that are not UTF-8: Windows tools save "Unicode" text as UTF-16
// with a byte-order mark, and Chinese Windows tools save GBK (read here as
// GB18030, its superset). Reading them beats refusing them, as long as the
// guess cannot silently garble a file: UTF-16 is taken only with its mark,
// and GB18030 only when every byte decodes and the text holds Chinese.
#ifndef CLAIMKB_CORE_TEXT_ENCODING_H_
#define CLAIMKB_CORE_TEXT_ENCODING_H_

#include <optional>
#include <string>
#include <string_view>

namespace claimkb::internal {

struct DecodedText {
  std::string utf8;
  std::string encoding;  // "UTF-16" or "GB18030".
};

// `bytes` as UTF-8 when they are UTF-16 with a byte-order mark, or not UTF-8
// but strict GB18030 holding at least one CJK ideograph; nullopt otherwise
// (the caller's UTF-8 error then stands).
std::optional<DecodedText> DecodeNonUtf8(std::string_view bytes);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_TEXT_ENCODING_H_
