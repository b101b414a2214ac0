// Private helper of the claim extractor: how the speaker knows what a claim
// says. Cue words decide, in this order of precedence: reported (反馈, 听说,
// "people say") over firsthand (我试, 我用, "I tried") over speculative (可能,
// 推测, "maybe"); without a cue a claim is the speaker's opinion.
#ifndef CLAIMKB_CORE_MODALITY_CLASSIFIER_H_
#define CLAIMKB_CORE_MODALITY_CLASSIFIER_H_

#include <string_view>

#include "claimkb/core/claim.h"

namespace claimkb::internal {

// Bracketed asides（…）are ignored: in digests they are the editor's notes
// ("（可能指 …）") and say nothing about how the speaker knows.
Modality ClassifyModality(std::string_view text);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_MODALITY_CLASSIFIER_H_
