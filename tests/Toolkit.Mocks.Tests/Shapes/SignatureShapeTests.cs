using Toolkit.Mocks.Tests.Subjects;

namespace Toolkit.Mocks.Tests.Shapes;

/// <summary>Overloads, defaults, spans, pointers, keywords and names that collide with the mock's own API.</summary>
public sealed class SignatureShapeTests
{
    [Fact]
    public void Overloads_are_set_up_separately()
    {
        var mock = new OverloadsMock();
        mock.Setup.Format(1).Returns("int");
        mock.Setup.Format("1").Returns("string");
        mock.Setup.Format(1, "x").Returns("int, format");

        Assert.Equal("int", mock.Object.Format(1));
        Assert.Equal("string", mock.Object.Format("1"));
        Assert.Equal("int, format", mock.Object.Format(1, "x"));
        mock.Verify.Format(Arg.Any<int>()).Once();
    }

    [Fact]
    public void Default_values_of_every_kind_reach_the_mock()
    {
        var mock = new DefaultsMock();
        mock.Object.Text();
        mock.Object.Numbers();
        mock.Object.Integers();
        mock.Object.Flags();
        mock.Object.Nulls();

        var text = mock.Verify.Text().Calls.Single();
        Assert.Equal(("tab\there \"quoted\" \\ é \0 end", '\'', '\n'), (text.Value, text.Quote, text.Newline));
        var numbers = mock.Verify.Numbers().Calls.Single();
        Assert.True(double.IsNaN(numbers.Nan));
        Assert.Equal((double.PositiveInfinity, double.NegativeInfinity, 1.5f), (numbers.Positive, numbers.Negative, numbers.Single));
        Assert.Equal(79228162514264337593543950335m, numbers.Money);
        Assert.Equal("1.50", numbers.Scaled.ToString(System.Globalization.CultureInfo.InvariantCulture));
        mock.Verify.Integers(255, -128, -1, 65535, 4294967295, long.MinValue, ulong.MaxValue).Once();
        mock.Verify.Flags(Permissions.None, Permissions.Read | Permissions.Write, (Permissions)16).Once();
        mock.Verify.Nulls(Arg.IsNull<string?>(), Arg.IsNull<int?>(), 5, CancellationToken.None, default(DateTime), Permissions.Read).Once();
    }

    [Fact]
    public void Span_arguments_are_recorded_as_copies()
    {
        var mock = new RefShapesMock();
        Span<byte> buffer = [1, 2, 3];
        mock.Object.Hash(buffer);
        buffer[0] = 9;

        Assert.Equal(new byte[] { 1, 2, 3 }, mock.Verify.Hash().Calls.Single().Data);
        mock.Verify.Length("abc").Never();
        mock.Object.Length("abc");
        Assert.Equal("abc", mock.Verify.Length().Calls.Single().Text);
    }

    [Fact]
    public void Span_results_are_computed()
    {
        var mock = new RefShapesMock();
        mock.Setup.Rent().Returns(size => new byte[size]);
        mock.Setup.Write().Returns((Span<char> destination, out int written) =>
        {
            "hi".AsSpan().CopyTo(destination);
            written = 2;
            return true;
        });

        Assert.Equal(4, mock.Object.Rent(4).Length);
        Span<char> target = stackalloc char[4];
        Assert.True(mock.Object.Write(target, out var written));
        Assert.Equal("hi", target[..written].ToString());
        Assert.True(mock.Object.Rent(1).IsEmpty is false);
    }

    [Fact]
    public unsafe void Pointer_members_work_in_unsafe_code()
    {
        var mock = new RefShapesMock();
        var value = (int*)System.Runtime.InteropServices.NativeMemory.Alloc(sizeof(int));
        *value = 5;
        mock.Setup.Address().Returns(() => value);

        Assert.Equal(5, *mock.Object.Address());
        System.Runtime.InteropServices.NativeMemory.Free(value);
        byte data = 1;
        mock.Object.Copy(&data, 1);
        mock.Verify.Copy().Once();
    }

    [Fact]
    public void Keywords_and_names_of_the_mock_api_are_ordinary_members()
    {
        var mock = new AwkwardMock();
        mock.Setup.@class(1, "s").Returns(2);
        mock.Setup.Setup.Returns("setup property");
        mock.Setup.Calls().Returns(3);
        mock.Setup.Mock(Arg.Any<object>()).Returns("mocked");
        mock.Setup.Raise("v").Returns("raised");
        mock.Setup.Object.Returns(4);
        mock.Setup.Fallback().Returns("fallback");
        mock.Setup.Behavior.Returns("behaves");
        mock.Setup.Equals(5).Returns(6);
        mock.Setup.ToString().Returns("text");
        mock.Setup.GetHashCode("h").Returns(7);

        IAwkward awkward = mock;
        Assert.Equal(2, awkward.@class(1, "s"));
        Assert.Equal("setup property", awkward.Setup);
        Assert.Equal(3, awkward.Calls());
        Assert.Equal("mocked", awkward.Mock(new object()));
        Assert.Equal("raised", awkward.Raise("v"));
        Assert.Equal(4, awkward.Object);
        Assert.Equal("fallback", awkward.Fallback());
        Assert.Equal("behaves", awkward.Behavior);
        Assert.Equal(6, awkward.Equals(5));
        Assert.Equal("text", awkward.ToString());
        Assert.Equal(7, awkward.GetHashCode("h"));
        awkward.Verify("value");
        awkward.Reset();
        mock.Verify.Verify("value").Once();
        mock.Verify.Reset().Once();
        Assert.Equal("AwkwardMock", mock.ToString());
    }

    [Fact]
    public async Task Parameters_named_like_generated_locals_do_not_clash()
    {
        var mock = new AwkwardMock();
        mock.Setup.Collide(journal: "j", setup: "s").Returns((journal, slot, setup, setups, index, step, fallback, candidate, outputs, value, handlers, arguments, sequence) => journal + setup + index);
        mock.Setup.CollideAsync("j").ReturnsAsync((journal, setup, _) => journal + setup);
        mock.Object.value = 5;

        Assert.Equal("js3", mock.Object.Collide("j", 1, "s", "", 3, "", "", "", "", "", "", "", ""));
        Assert.Equal("jx", await mock.Object.CollideAsync("j", "x", default));
        Assert.Equal(5, mock.Object.value);
        Assert.Equal("j", mock.Verify.Collide().Calls.Single().Journal);
        mock.Verify.value.Set(5).Once();
    }

    [Fact]
    public void Obsolete_members_can_be_mocked()
    {
        var mock = new LegacyMock();
#pragma warning disable CS0618 // Mocking an obsolete member on purpose.
        mock.Setup.Run("x").Returns("old");
        Assert.Equal("old", ((ILegacy)mock).Run("x"));
#pragma warning restore CS0618
        mock.Setup.RunAsync().ReturnsAsync("new");
    }

    [Fact]
    public void Nullable_oblivious_interface()
    {
        var mock = new ObliviousMock();
        mock.Setup.Echo(null).Returns((string)null!);
        mock.Object.Items = null;

        Assert.Null(mock.Object.Echo(null));
        Assert.Null(mock.Object.Items);
    }

    [Fact]
    public void Nested_internal_and_global_namespace_interfaces()
    {
        var nested = new OuterNestedMock();
        nested.Setup.Value().Returns(1);
        Assert.Equal(1, nested.Object.Value());

        var internalDriver = new InternalDriverMock();
        internalDriver.Setup.Ping().Returns("pong");
        Assert.Equal("pong", internalDriver.Object.Ping());

        var clock = new global::GlobalClockMock();
        clock.Setup.Now.Returns(DateTimeOffset.UnixEpoch);
        Assert.Equal(DateTimeOffset.UnixEpoch, clock.Object.Now);
    }

    [Fact]
    public void Nullability_attributes_are_honoured()
    {
        var mock = new NullablesMock();
        mock.Setup.TryFind("k").Returns(true).Assigns(value: "v");
        mock.Setup.Fail().Throws(() => new InvalidOperationException("failed"));

        Assert.True(mock.Object.TryFind("k", out var value));
        Assert.Equal("v", value);
        mock.Object.Set(null);
        mock.Verify.Set(Arg.IsNull<string?>()).Once();
        Assert.Throws<InvalidOperationException>(() => mock.Object.Fail("x"));
    }
}
