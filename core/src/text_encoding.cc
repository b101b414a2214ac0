#include "text_encoding.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <memory>

namespace claimkb::internal {
namespace {

// Decodes with ICU's converter `name`, stopping at the first byte sequence
// the encoding does not define instead of substituting U+FFFD.
std::optional<icu::UnicodeString> StrictDecode(std::string_view bytes, const char* name) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(name, &status),
                                                                &ucnv_close);
  if (U_FAILURE(status)) return std::nullopt;
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                      &status);
  if (U_FAILURE(status)) return std::nullopt;
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(),
                          status);
  if (U_FAILURE(status) || text.isBogus()) return std::nullopt;
  return text;
}

bool HasIdeograph(const icu::UnicodeString& text) {
  for (int32_t i = 0; i < text.length(); ++i) {
    const char16_t c = text.charAt(i);
    if (c >= 0x4E00 && c <= 0x9FFF) return true;
  }
  return false;
}

}  // namespace

std::optional<DecodedText> DecodeNonUtf8(std::string_view bytes) {
  const bool utf16_mark = bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
  const char* encoding = utf16_mark ? "UTF-16" : "GB18030";
  std::optional<icu::UnicodeString> text = StrictDecode(bytes, encoding);
  if (!text || (!utf16_mark && !HasIdeograph(*text))) return std::nullopt;
  // The "UTF-16" converter reads the mark and drops it.
  DecodedText out;
  text->toUTF8String(out.utf8);
  out.encoding = encoding;
  return out;
}

}  // namespace claimkb::internal
