using System;
using System.Text;

namespace GovInfoDisclosure.Schema.Import.Text;

/// <summary>
/// Kangxi radicals (U+2F00–U+2FD5), the CJK radicals supplement (U+2E80–U+2EF3) and CJK compatibility ideographs
/// (U+F900–U+FAFF) that stand for ordinary characters. PDF printers map some glyphs of a CJK font to these code points
/// (Chrome's "Save as PDF" writes <c>⼀ ⼈ ⼤ ⾏ ⽆</c> for 一 人 大 行 无), so the extracted text looks right and compares
/// wrong. Each is replaced by the unified ideograph Unicode equates it with (NFKC, and Equivalent_Unified_Ideograph for the
/// supplement, which NFKC leaves alone); a code point
/// without one is kept.
/// </summary>
internal static class CompatibilityIdeographs
{
    /// <summary>Whether <paramref name="c"/> lies in one of the three blocks.</summary>
    public static bool InBlocks(char c) => (c >= '\u2E80' && c <= '\u2FDF') || (c >= '\uF900' && c <= '\uFAFF');

    /// <summary>The text with each such character replaced; the same string when there is none. Counts what was replaced in <paramref name="replaced"/>.</summary>
    public static string Map(string text, ref IdeographReplacements replaced)
    {
        int first = IndexOfFirst(text);
        if (first < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        result.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (InBlocks(c) && Unified(c) is char unified)
            {
                result.Append(unified);
                if (replaced.Count++ == 0)
                {
                    replaced.Example = c;
                    replaced.Unified = unified;
                }
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>The index of the first character in the blocks, or -1 (vectorised where the runtime offers it: every input is scanned).</summary>
    private static int IndexOfFirst(string text)
    {
#if NET8_0_OR_GREATER
        int radical = text.AsSpan().IndexOfAnyInRange('\u2E80', '\u2FDF');
        int compatibility = text.AsSpan(0, radical < 0 ? text.Length : radical).IndexOfAnyInRange('\uF900', '\uFAFF');
        return compatibility >= 0 ? compatibility : radical;
#else
        for (int i = 0; i < text.Length; i++)
        {
            if (InBlocks(text[i]))
            {
                return i;
            }
        }

        return -1;
#endif
    }

    /// <summary>The unified ideograph of <paramref name="c"/>, or <paramref name="c"/> itself when Unicode maps it to none.</summary>
    public static char UnifiedOrSelf(char c) => Unified(c) ?? c;

    /// <summary>
    /// The unified ideograph of <paramref name="c"/>, or <see langword="null"/> when Unicode maps it to none. From tables,
    /// not <see cref="string.Normalize()"/>: with invariant globalization (the tool's setting) .NET does not apply
    /// compatibility mappings.
    /// </summary>
    private static char? Unified(char c)
    {
        char unified = c switch
        {
            >= '\u2F00' and <= '\u2FD5' => KangxiRadicals[c - '\u2F00'],
            >= '\u2E80' and <= '\u2EF3' => RadicalsSupplement[c - '\u2E80'],
            >= '\uF900' and <= '\uFAFF' => CompatibilityBlock[c - '\uF900'],
            _ => '\0',
        };
        return unified == '\0' ? null : unified;
    }

    /// <summary>
    /// The Equivalent_Unified_Ideograph of U+2E80–U+2EF3 (Unicode 14 <c>EquivalentUnifiedIdeograph.txt</c>): the radical
    /// forms a font shares with ordinary characters (<c>⺠</c> → 民, <c>⻓</c> → 长); <c>\0</c> where there is none or the
    /// ideograph lies beyond the Basic Multilingual Plane. NFKC maps only two of these.
    /// </summary>
    private const string RadicalsSupplement =
        "\0厂乛乚乙亻冂\0刀刂卜㔾小小兀尣尢\0巳幺彑彐忄心扌攵\0旡日月歺母民氵氺灬爫爫丬牛犭王\0目示礻\0糹纟罓罒㓁冗\0羊\0\0耂肀聿肉\0艹艹" +
        "艹虎衤覀西见角\0讠贝\0车辶辶辶邑钅長镸长门\0阝雨青韦页风飞食\0飠饣\0马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟";

    /// <summary>The NFKC mapping of U+2F00–U+2FD5 (Unicode 14, generated with Python's <c>unicodedata</c>).</summary>
    private const string KangxiRadicals =
        "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手" +
        "支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳" +
        "聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯" +
        "鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

    /// <summary>The NFKC mapping of U+F900–U+FAFF to a unified ideograph, <c>\0</c> where there is none (unassigned code points, and the twelve unified ideographs of the block).</summary>
    private const string CompatibilityBlock =
        "豈更車賈滑串句龜龜契金喇奈懶癩羅蘿螺裸邏樂洛烙珞落酪駱亂卵欄爛蘭鸞嵐濫藍襤拉臘蠟廊朗浪狼郎來冷勞擄櫓爐盧老蘆虜路露魯鷺碌祿綠菉錄" +
        "鹿論壟弄籠聾牢磊賂雷壘屢樓淚漏累縷陋勒肋凜凌稜綾菱陵讀拏樂諾丹寧怒率異北磻便復不泌數索參塞省葉說殺辰沈拾若掠略亮兩凉梁糧良諒量勵" +
        "呂女廬旅濾礪閭驪麗黎力曆歷轢年憐戀撚漣煉璉秊練聯輦蓮連鍊列劣咽烈裂說廉念捻殮簾獵令囹寧嶺怜玲瑩羚聆鈴零靈領例禮醴隸惡了僚寮尿料樂" +
        "燎療蓼遼龍暈阮劉杻柳流溜琉留硫紐類六戮陸倫崙淪輪律慄栗率隆利吏履易李梨泥理痢罹裏裡里離匿溺吝燐璘藺隣鱗麟林淋臨立笠粒狀炙識什茶刺" +
        "切度拓糖宅洞暴輻行降見廓兀嗀\0\0塚\0晴\0\0凞猪益礼神祥福靖精羽\0蘒\0諸\0\0逸都\0\0\0飯飼館鶴郞隷侮僧免勉勤卑喝嘆器塀墨層屮悔慨憎" +
        "懲敏既暑梅海渚漢煮爫琢碑社祉祈祐祖祝禍禎穀突節練縉繁署者臭艹艹著褐視謁謹賓贈辶逸難響頻恵\0舘\0\0並况全侀充冀勇勺喝啕喙嗢塚墳奄奔" +
        "婢嬨廒廙彩徭惘慎愈憎慠懲戴揄搜摒敖晴朗望杖歹殺流滛滋漢瀞煮瞧爵犯猪瑱甆画瘝瘟益盛直睊着磌窱節类絛練缾者荒華蝹襁覆視調諸請謁諾諭謹" +
        "變贈輸遲醙鉶陼難靖韛響頋頻鬒龜\0\0\0㮝䀘䀹\0\0\0齃龎\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
}

/// <summary>What <see cref="CompatibilityIdeographs.Map"/> replaced: how many characters, and the first with its replacement.</summary>
internal struct IdeographReplacements
{
    public int Count;
    public char Example;
    public char Unified;
}
