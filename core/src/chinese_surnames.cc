#include "chinese_surnames.h"

#include <array>

namespace claimkb::internal {
namespace {

// Compound surnames first, so that 欧阳 wins over 欧.
constexpr std::array<std::string_view, 10> kCompound = {"欧阳", "司马", "上官", "诸葛", "东方",
                                                        "慕容", "令狐", "司徒", "夏侯", "皇甫"};

// Common single-character surnames, in one string of three-byte characters.
// Left out: characters that are far more often a word of their own in
// running text than a name's first (和, 由, 但, 那, 都, 来, 相, 门, 国, 时, 成).
constexpr std::string_view kSingle =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左"
    "柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶"
    "解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬"
    "边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝封谈匡鞠惠荆冀郁胥班储栗燕楚鄢"
    "谌奚皮粟冼蔺楼闻厉伊仝郜阚权帅屠朴盖练廉禹井祖漆巴丰卿狄宣晋初扈晁芮阙浦戈伏鹿薄邸雍辜"
    "裘亓邰赫杭况宿逯隆茹诸慕危亢嵇湛戎茅揭尉冶斯束檀衣昝幸奉植衡尧";

constexpr std::size_t kCharBytes = 3;  // Every character above is three bytes of UTF-8.

}  // namespace

std::optional<std::string_view> LeadingChineseSurname(std::string_view text) {
  for (std::string_view compound : kCompound) {
    if (text.starts_with(compound)) return text.substr(0, compound.size());
  }
  if (text.size() < kCharBytes) return std::nullopt;
  const std::string_view first = text.substr(0, kCharBytes);
  for (std::size_t at = 0; at + kCharBytes <= kSingle.size(); at += kCharBytes) {
    if (kSingle.substr(at, kCharBytes) == first) return first;
  }
  return std::nullopt;
}

}  // namespace claimkb::internal
