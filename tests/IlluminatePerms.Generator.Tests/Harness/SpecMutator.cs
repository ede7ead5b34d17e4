using System;
using System.Text;

namespace IlluminatePerms.Generator.Tests.Harness;

/// <summary>Seeded, repeatable damage to a spec: the inputs a hand-edited CSV really meets, and worse.</summary>
internal sealed class SpecMutator(int seed)
{
    private static readonly string[] Tokens =
    {
        "\"", "\"\"", ",", "\n", "\r", "\r\n", "#", "\uFEFF", "\u00A0", "\0", "\t", " ", "Read", "Update, Delete",
        "Gradebook Scores", "Teacher Data - Read", "}", "{{", "\"; class X {", "*/", "\u2028", "\uD83D\uDE00", "\uD800",
    };

    private readonly Random random = new(seed);

    public string Mutate(string text)
    {
        var builder = new StringBuilder(text);
        var edits = 1 + random.Next(4);
        for (var i = 0; i < edits; i++)
        {
            Apply(builder);
        }

        return builder.ToString();
    }

    private void Apply(StringBuilder text)
    {
        var at = text.Length == 0 ? 0 : random.Next(text.Length);
        switch (random.Next(8))
        {
            case 0: // flip one character to any UTF-16 code unit
                if (text.Length > 0)
                {
                    text[at] = (char)random.Next(0, 0x10000);
                }

                break;
            case 1: // truncate
                text.Length = at;
                break;
            case 2: // stray quote, comma or line break
                text.Insert(at, Tokens[random.Next(Tokens.Length)]);
                break;
            case 3: // delete a stretch
                text.Remove(at, Math.Min(text.Length - at, random.Next(1, 200)));
                break;
            case 4: // duplicate a stretch (duplicate rows, doubled fields)
                var length = Math.Min(text.Length - at, random.Next(1, 300));
                text.Insert(at, text.ToString(at, length));
                break;
            case 5: // a huge field, now and then
                if (random.Next(10) == 0)
                {
                    text.Insert(at, new string((char)random.Next('A', 'z'), random.Next(10_000, 200_000)));
                }

                break;
            case 6: // an ASCII byte flip
                if (text.Length > 0)
                {
                    text[at] = (char)(text[at] ^ (1 << random.Next(7)));
                }

                break;
            default: // a token at a line start, where comments and headers live
                var lineStart = text.ToString().LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
                text.Insert(lineStart, Tokens[random.Next(Tokens.Length)]);
                break;
        }
    }
}
