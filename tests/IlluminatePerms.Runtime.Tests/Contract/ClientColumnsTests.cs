using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Contract;

/// <summary>
/// The contract's client columns, which src/ClientGenerator turns into C#: names it can declare, one
/// method per name, a record type for every answer but a delete, and a sentence for every summary,
/// parameter, body and note (an empty one would ship an undocumented method or a lost fact).
/// </summary>
public class ClientColumnsTests
{
    private static readonly List<(AeriesOperation Operation, ClientMethod Method)> Methods
        = AeriesContract.All.SelectMany(operation => operation.ClientMethods.Select(method => (operation, method))).ToList();

    [Fact]
    public void Every_client_method_is_a_unique_async_name_the_generator_can_declare()
    {
        Assert.All(Methods, m =>
        {
            Assert.True(SyntaxFacts.IsValidIdentifier(m.Method.Name) && m.Method.Name.EndsWith("Async", System.StringComparison.Ordinal) && char.IsAsciiLetterUpper(m.Method.Name[0]), $"{m.Operation.Id}: '{m.Method.Name}'");
        });
        var repeated = Methods.GroupBy(m => m.Method.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(repeated);
        // Most reads have a method: the table was read, not an empty list.
        Assert.True(Methods.Count > 100, $"client methods: {Methods.Count}");
    }

    [Fact]
    public void Every_answer_but_a_delete_names_its_record_type_and_a_delete_names_none()
    {
        Assert.All(Methods, m =>
        {
            if (m.Method.Answer == ClientAnswer.Deleted)
            {
                Assert.Equal(string.Empty, m.Method.RecordType);
            }
            else
            {
                Assert.True(SyntaxFacts.IsValidIdentifier(m.Method.RecordType), $"{m.Method.Name}: record type '{m.Method.RecordType}'");
            }
        });
        Assert.Contains(Methods, m => m.Method.Answer == ClientAnswer.Deleted);
    }

    [Fact]
    public void A_method_for_one_record_sends_the_optional_identifier_and_a_method_for_every_record_leaves_it_out()
    {
        var withOptional = Methods.Where(m => m.Operation.OptionalParameter is not null).ToList();

        Assert.All(withOptional, m =>
        {
            var optional = m.Method.Parameters.FirstOrDefault(p => p.Placeholder == m.Operation.OptionalParameter);
            if (m.Method.Answer == ClientAnswer.One)
            {
                Assert.True(optional is { Required: true, Omitted: false }, $"{m.Method.Name} must send {m.Operation.OptionalParameter}");
            }
            else if (m.Method.Answer == ClientAnswer.Stream || m.Operation.ClientMethods.Any(other => other.Answer == ClientAnswer.One))
            {
                // A stream reads every record; where a row has a method for one record, its others are for every record.
                Assert.True(optional is { Omitted: true, Required: false }, $"{m.Method.Name} must leave out {m.Operation.OptionalParameter}");
            }
        });
        Assert.Contains(withOptional, m => m.Method.Answer == ClientAnswer.One);
        Assert.Contains(withOptional, m => m.Method.Answer == ClientAnswer.Stream);
    }

    [Fact]
    public void Every_summary_parameter_body_and_note_is_a_sentence()
    {
        Assert.All(Methods, m =>
        {
            AssertSentence(m.Method.Summary, m.Method.Name);
            if (m.Method.Body is { } body)
            {
                Assert.True(SyntaxFacts.IsValidIdentifier(body.Type) && SyntaxFacts.IsValidIdentifier(body.Name), $"{m.Method.Name}: body {body.Type} {body.Name}");
                AssertSentence(body.Doc, $"{m.Method.Name} body");
            }

            Assert.All(m.Method.Parameters, parameter =>
            {
                Assert.Contains(parameter.Placeholder, m.Operation.Parameters);
                Assert.True(parameter.Name is null || SyntaxFacts.IsValidIdentifier(parameter.Name), $"{m.Method.Name}: parameter '{parameter.Name}'");
                Assert.True(parameter.Type is null || SyntaxFacts.IsValidIdentifier(parameter.Type), $"{m.Method.Name}: type '{parameter.Type}'");
                if (parameter.Doc is not null)
                {
                    AssertSentence(parameter.Doc, $"{m.Method.Name} {parameter.Placeholder}");
                }
            });
        });
        Assert.All(AeriesContract.All.Where(operation => operation.Note is not null), operation => AssertSentence(operation.Note!, operation.Id));
    }

    private static void AssertSentence(string text, string where)
        => Assert.True(text.Length > 1 && (char.IsUpper(text[0]) || text[0] == '{') && text.TrimEnd(')').EndsWith('.'), $"{where}: '{text}' is not a sentence");
}
