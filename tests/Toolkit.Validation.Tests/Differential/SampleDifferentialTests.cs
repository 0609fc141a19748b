using Toolkit.Validation.Tests.Samples;

namespace Toolkit.Validation.Tests.Differential;

/// <summary>
/// The sample config (eight annotated members, a nested object, a collection, a regex, a custom attribute, IValidatableObject)
/// through the generated decorator and through the hand-written code it was designed from: both report exactly what the
/// DataAnnotations reference reports, in the same order, on thousands of seeded random configs.
/// </summary>
public sealed class SampleDifferentialTests
{
    public static TheoryData<string> Decorators => new() { "generated", "hand-written" };

    [Theory]
    [MemberData(nameof(Decorators))]
    public void Decorator_reports_exactly_what_DataAnnotations_reports_for_random_configs(string decorator)
    {
        var random = new Random(20261122);
        var (valid, invalid) = (0, 0);
        for (var i = 0; i < 3000; i++)
        {
            var config = SampleInputs.Config(random);
            var inner = new RecordingSampleDriver();
            var actual = Outcome.Of(() => Decorate(decorator, inner).CreateAsync(config, CancellationToken.None));
            var expected = Reference.Object(config, "config");
            Assert.True(expected.SequenceEqual(actual), $"Input {i}: {config}\nexpected:\n{Outcome.Describe(expected)}\nactual:\n{Outcome.Describe(actual)}");
            Assert.Equal(expected.Count == 0 ? 1 : 0, inner.Calls);
            _ = expected.Count == 0 ? valid++ : invalid++;
        }

        // Both outcomes must be well represented, or the comparison proves little.
        Assert.InRange(valid, 300, 2700);
        Assert.InRange(invalid, 300, 2700);
    }

    [Theory]
    [MemberData(nameof(Decorators))]
    public void Decorator_reports_every_item_of_a_parameter_collection_as_DataAnnotations_would(string decorator)
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var ports = Enumerable.Range(0, random.Next(0, 6)).Select(_ => random.Next(10) == 0 ? null! : SampleInputs.Port(random)).ToArray();
            var actual = Outcome.Of(() => Decorate(decorator, new RecordingSampleDriver()).Publish(ports));
            var expected = new List<(string Path, string Message)>();
            for (var index = 0; index < ports.Length; index++)
            {
                if (ports[index] is not null)
                {
                    expected.AddRange(Reference.Object(ports[index], $"ports[{index}]"));
                }
            }

            Assert.True(expected.SequenceEqual(actual), $"Input {i}\nexpected:\n{Outcome.Describe(expected)}\nactual:\n{Outcome.Describe(actual)}");
        }
    }

    private static ISampleDriver Decorate(string decorator, ISampleDriver inner)
        => decorator == "generated" ? new ValidatingSampleDriver(inner) : new HandWrittenValidatingSampleDriver(inner);
}
