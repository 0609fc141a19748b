using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FakeItEasy;
using Moq;
using NSubstitute;
using ToolkitArg = Toolkit.Mocking.Arg;
using MoqTimes = Moq.Times;
using SubstituteArg = NSubstitute.Arg;

namespace Toolkit.Benchmarks.Mocks;

/// <summary>
/// The generated mock against Moq, NSubstitute and FakeItEasy, in one run. Invocation benchmarks make 1000 calls per
/// invocation on a mock whose recorded calls are cleared first (every library records calls), so the per-call time and
/// allocation are amortized over 1000 calls the way a test suite reuses a mock.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MockBenchmarks
{
    private const int Calls = 1000;

    private BenchmarkDriverMock _toolkit = null!;
    private Mock<IBenchmarkDriver> _moq = null!;
    private IBenchmarkDriver _substitute = null!;
    private IBenchmarkDriver _fake = null!;

    [GlobalSetup]
    public void Setup()
    {
        _toolkit = new BenchmarkDriverMock();
        _toolkit.Setup.Compute(ToolkitArg.Any<string>()).Returns(42);
        _toolkit.Setup.FetchAsync(ToolkitArg.Any<string>(), ToolkitArg.Any<CancellationToken>()).ReturnsAsync("value");
        _toolkit.Setup.Send(ToolkitArg.Any<int>());

        _moq = new Mock<IBenchmarkDriver>();
        _moq.Setup(m => m.Compute(It.IsAny<string>())).Returns(42);
        _moq.Setup(m => m.FetchAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync("value");
        _moq.Setup(m => m.Send(It.IsAny<int>()));

        _substitute = Substitute.For<IBenchmarkDriver>();
        _substitute.Compute(SubstituteArg.Any<string>()).Returns(42);
        _substitute.FetchAsync(SubstituteArg.Any<string>(), SubstituteArg.Any<CancellationToken>()).Returns("value");

        _fake = A.Fake<IBenchmarkDriver>();
        A.CallTo(() => _fake.Compute(A<string>._)).Returns(42);
        A.CallTo(() => _fake.FetchAsync(A<string>._, A<CancellationToken>._)).Returns("value");
    }

    // ---- Invoking a configured method (argument matched by "any"), recording on ----

    [Benchmark(OperationsPerInvoke = Calls)]
    [BenchmarkCategory("Invoke sync")]
    public int Toolkit_invoke()
    {
        _toolkit.ClearCalls();
        IBenchmarkDriver driver = _toolkit;
        var sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += driver.Compute("input");
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls, Baseline = true)]
    [BenchmarkCategory("Invoke sync")]
    public int Moq_invoke()
    {
        _moq.Invocations.Clear();
        var driver = _moq.Object;
        var sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += driver.Compute("input");
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    [BenchmarkCategory("Invoke sync")]
    public int NSubstitute_invoke()
    {
        _substitute.ClearReceivedCalls();
        var sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += _substitute.Compute("input");
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    [BenchmarkCategory("Invoke sync")]
    public int FakeItEasy_invoke()
    {
        Fake.ClearRecordedCalls(_fake);
        var sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += _fake.Compute("input");
        }

        return sum;
    }

    // ---- Invoking a configured async method taking a CancellationToken ----

    [Benchmark(OperationsPerInvoke = Calls)]
    [BenchmarkCategory("Invoke async")]
    public int Toolkit_invoke_async()
    {
        _toolkit.ClearCalls();
        IBenchmarkDriver driver = _toolkit;
        var length = 0;
        for (var i = 0; i < Calls; i++)
        {
            length += driver.FetchAsync("key", CancellationToken.None).Result.Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Calls, Baseline = true)]
    [BenchmarkCategory("Invoke async")]
    public int Moq_invoke_async()
    {
        _moq.Invocations.Clear();
        var driver = _moq.Object;
        var length = 0;
        for (var i = 0; i < Calls; i++)
        {
            length += driver.FetchAsync("key", CancellationToken.None).Result.Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    [BenchmarkCategory("Invoke async")]
    public int NSubstitute_invoke_async()
    {
        _substitute.ClearReceivedCalls();
        var length = 0;
        for (var i = 0; i < Calls; i++)
        {
            length += _substitute.FetchAsync("key", CancellationToken.None).Result.Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    [BenchmarkCategory("Invoke async")]
    public int FakeItEasy_invoke_async()
    {
        Fake.ClearRecordedCalls(_fake);
        var length = 0;
        for (var i = 0; i < Calls; i++)
        {
            length += _fake.FetchAsync("key", CancellationToken.None).Result.Length;
        }

        return length;
    }

    // ---- Invoking a void method ----

    [Benchmark(OperationsPerInvoke = Calls)]
    [BenchmarkCategory("Invoke void")]
    public void Toolkit_invoke_void()
    {
        _toolkit.ClearCalls();
        IBenchmarkDriver driver = _toolkit;
        for (var i = 0; i < Calls; i++)
        {
            driver.Send(i);
        }
    }

    [Benchmark(OperationsPerInvoke = Calls, Baseline = true)]
    [BenchmarkCategory("Invoke void")]
    public void Moq_invoke_void()
    {
        _moq.Invocations.Clear();
        var driver = _moq.Object;
        for (var i = 0; i < Calls; i++)
        {
            driver.Send(i);
        }
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    [BenchmarkCategory("Invoke void")]
    public void NSubstitute_invoke_void()
    {
        _substitute.ClearReceivedCalls();
        for (var i = 0; i < Calls; i++)
        {
            _substitute.Send(i);
        }
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    [BenchmarkCategory("Invoke void")]
    public void FakeItEasy_invoke_void()
    {
        Fake.ClearRecordedCalls(_fake);
        for (var i = 0; i < Calls; i++)
        {
            _fake.Send(i);
        }
    }

    // ---- Creating a mock and adding one setup ----

    [Benchmark]
    [BenchmarkCategory("Create + setup")]
    public object Toolkit_create_and_setup()
    {
        var mock = new BenchmarkDriverMock();
        mock.Setup.Compute(ToolkitArg.Any<string>()).Returns(42);
        return mock;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Create + setup")]
    public object Moq_create_and_setup()
    {
        var mock = new Mock<IBenchmarkDriver>();
        mock.Setup(m => m.Compute(It.IsAny<string>())).Returns(42);
        return mock.Object;
    }

    [Benchmark]
    [BenchmarkCategory("Create + setup")]
    public object NSubstitute_create_and_setup()
    {
        var substitute = Substitute.For<IBenchmarkDriver>();
        substitute.Compute(SubstituteArg.Any<string>()).Returns(42);
        return substitute;
    }

    [Benchmark]
    [BenchmarkCategory("Create + setup")]
    public object FakeItEasy_create_and_setup()
    {
        var fake = A.Fake<IBenchmarkDriver>();
        A.CallTo(() => fake.Compute(A<string>._)).Returns(42);
        return fake;
    }

    // ---- The whole workflow: create, set up, call once, verify ----

    [Benchmark]
    [BenchmarkCategory("Create + setup + call + verify")]
    public int Toolkit_workflow()
    {
        var mock = new BenchmarkDriverMock();
        mock.Setup.Compute(ToolkitArg.Any<string>()).Returns(42);
        var result = ((IBenchmarkDriver)mock).Compute("input");
        mock.Verify.Compute(ToolkitArg.Any<string>()).Once();
        return result;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Create + setup + call + verify")]
    public int Moq_workflow()
    {
        var mock = new Mock<IBenchmarkDriver>();
        mock.Setup(m => m.Compute(It.IsAny<string>())).Returns(42);
        var result = mock.Object.Compute("input");
        mock.Verify(m => m.Compute(It.IsAny<string>()), MoqTimes.Once());
        return result;
    }

    [Benchmark]
    [BenchmarkCategory("Create + setup + call + verify")]
    public int NSubstitute_workflow()
    {
        var substitute = Substitute.For<IBenchmarkDriver>();
        substitute.Compute(SubstituteArg.Any<string>()).Returns(42);
        var result = substitute.Compute("input");
        substitute.Received(1).Compute(SubstituteArg.Any<string>());
        return result;
    }

    [Benchmark]
    [BenchmarkCategory("Create + setup + call + verify")]
    public int FakeItEasy_workflow()
    {
        var fake = A.Fake<IBenchmarkDriver>();
        A.CallTo(() => fake.Compute(A<string>._)).Returns(42);
        var result = fake.Compute("input");
        A.CallTo(() => fake.Compute(A<string>._)).MustHaveHappenedOnceExactly();
        return result;
    }
}
