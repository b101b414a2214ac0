#include "text_normalizer.h"

#include <utf8proc.h>

#include <array>

namespace claimkb::internal {
namespace {

// Options for one code point: compatibility decomposition (NFKC once
// recomposed), case folding, full-width → half-width as part of NFKC.
constexpr auto kDecomposeOptions =
    static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
constexpr auto kComposeOptions = static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE);

// Long enough for any single code point's full decomposition (the longest in
// Unicode is 18 code points, U+FDFA).
constexpr std::size_t kMaxExpansion = 32;

}  // namespace

bool NormalizeChars(std::string_view text, std::vector<NormChar>* out) {
  out->reserve(out->size() + text.size());
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  std::size_t pos = 0;
  std::array<utf8proc_int32_t, kMaxExpansion> buffer{};
  while (pos < text.size()) {
    const auto begin = static_cast<uint32_t>(pos);
    const unsigned char byte = bytes[pos];
    // ASCII is most of the Latin text and needs no table look-up.
    if (byte < 0x80) {
      const char32_t cp = (byte >= 'A' && byte <= 'Z') ? byte + ('a' - 'A') : byte;
      out->push_back({cp, begin, begin + 1});
      ++pos;
      continue;
    }
    utf8proc_int32_t cp = 0;
    const auto length =
        utf8proc_iterate(bytes + pos, static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
    if (length <= 0) return false;
    pos += static_cast<std::size_t>(length);
    const auto end = static_cast<uint32_t>(pos);
    int boundclass = UTF8PROC_BOUNDCLASS_START;
    auto count =
        utf8proc_decompose_char(cp, buffer.data(), kMaxExpansion, kDecomposeOptions, &boundclass);
    if (count <= 0 || count > static_cast<utf8proc_ssize_t>(kMaxExpansion)) {
      out->push_back({static_cast<char32_t>(cp), begin, end});
      continue;
    }
    count = utf8proc_normalize_utf32(buffer.data(), count, kComposeOptions);
    for (utf8proc_ssize_t i = 0; i < count; ++i) {
      out->push_back({static_cast<char32_t>(buffer[static_cast<std::size_t>(i)]), begin, end});
    }
  }
  return true;
}

bool IsSeparator(char32_t cp) {
  switch (cp) {
    // Line breaks are not separators: a name never continues on the next line,
    // and "思考" at a line's end must not join "- 链" below it.
    case ' ':
    case '\t':
    case '\f':
    case '\v':
    case '-':
    case '.':
    case '_':
    case 0x00A0:  // No-break space (NFKC maps it, but be safe).
    case 0x00AD:  // Soft hyphen.
    case 0x00B7:  // Middle dot, used in transliterated names.
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:  // Invisible.
    case 0x2212:  // Minus sign.
    case 0x30FB:  // Katakana middle dot.
    case 0x3000:  // Ideographic space (NFKC maps it, but be safe).
      return true;
    default:
      return false;
  }
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || IsAsciiDigit(cp);
  // Latin-1 Supplement and Latin Extended letters (é, ß, ł ...), minus the
  // two mathematical signs that sit in that block.
  if (cp >= 0x00C0 && cp <= 0x024F) return cp != 0x00D7 && cp != 0x00F7;
  // Greek letters count, so "τ-bench" keeps its boundaries.
  return cp >= 0x0370 && cp <= 0x03FF;
}

std::vector<KeyChar> BuildKey(const std::vector<NormChar>& chars) {
  std::vector<KeyChar> key;
  key.reserve(chars.size());
  const std::size_t n = chars.size();
  for (std::size_t i = 0; i < n; ++i) {
    const char32_t cp = chars[i].cp;
    // Version numbers: "3.0" keys as "3" but "3.05" and "2.5" keep their
    // digits, and "10.0" keys as "10".
    if (cp == '.' && !key.empty() && key.back().last + 1 == i && IsAsciiDigit(key.back().cp) &&
        i + 1 < n && chars[i + 1].cp == '0' && (i + 2 == n || !IsAsciiDigit(chars[i + 2].cp))) {
      key.back().last = static_cast<uint32_t>(i + 1);
      ++i;
      continue;
    }
    if (IsSeparator(cp)) continue;
    key.push_back({cp, static_cast<uint32_t>(i), static_cast<uint32_t>(i)});
  }
  return key;
}

bool KeyInto(std::string_view text, std::u32string* out) {
  out->clear();
  // The lexicon's thousands of names are keyed at every start-up: one
  // buffer per thread spares an allocation per name.
  thread_local std::vector<NormChar> chars;
  chars.clear();
  if (!NormalizeChars(text, &chars)) return false;
  // BuildKey() without its KeyChar vector: `last` is the index of the last
  // NormChar the key's last code point covers.
  const std::size_t n = chars.size();
  std::size_t last = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char32_t cp = chars[i].cp;
    if (cp == '.' && !out->empty() && last + 1 == i && IsAsciiDigit(out->back()) && i + 1 < n &&
        chars[i + 1].cp == '0' && (i + 2 == n || !IsAsciiDigit(chars[i + 2].cp))) {
      last = i + 1;
      ++i;
      continue;
    }
    if (IsSeparator(cp)) continue;
    out->push_back(cp);
    last = i;
  }
  return true;
}

std::u32string KeyOf(std::string_view text) {
  std::u32string out;
  if (!KeyInto(text, &out)) out.clear();
  return out;
}

void AppendUtf8(char32_t cp, std::string* out) {
  std::array<utf8proc_uint8_t, 4> bytes{};
  const auto length = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), bytes.data());
  out->append(reinterpret_cast<const char*>(bytes.data()), static_cast<std::size_t>(length));
}

}  // namespace claimkb::internal
