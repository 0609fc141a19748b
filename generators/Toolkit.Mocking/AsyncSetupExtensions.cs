using Toolkit.Mocking.Setups;

namespace Toolkit.Mocking;

/// <summary>
/// Shortcuts for setups of members returning <see cref="Task"/>, <see cref="Task{TResult}"/>, <see cref="ValueTask"/>,
/// <see cref="ValueTask{TResult}"/> and <see cref="IAsyncEnumerable{T}"/>: <c>mock.Setup.RunAsync().ReturnsAsync(3)</c>.
/// </summary>
public static class AsyncSetupExtensions
{
    /// <summary>Returns a completed task holding <paramref name="value"/>.</summary>
    /// <typeparam name="TSelf">The generated setup type.</typeparam>
    /// <typeparam name="T">The task's result type.</typeparam>
    /// <typeparam name="TFunc">The setup's compute delegate.</typeparam>
    /// <typeparam name="TAction">The setup's callback delegate.</typeparam>
    /// <param name="setup">The setup.</param>
    /// <param name="value">The task's result.</param>
    /// <returns>The setup, for chaining.</returns>
    public static TSelf ReturnsAsync<TSelf, T, TFunc, TAction>(this CallSetup<TSelf, Task<T>, TFunc, TAction> setup, T value)
        where TSelf : CallSetup<TSelf, Task<T>, TFunc, TAction>
        where TFunc : Delegate
        where TAction : Delegate
        => setup.Returns(Task.FromResult(value));

    /// <summary>Returns a completed task holding <paramref name="value"/>.</summary>
    /// <typeparam name="TSelf">The generated setup type.</typeparam>
    /// <typeparam name="T">The task's result type.</typeparam>
    /// <typeparam name="TFunc">The setup's compute delegate.</typeparam>
    /// <typeparam name="TAction">The setup's callback delegate.</typeparam>
    /// <param name="setup">The setup.</param>
    /// <param name="value">The task's result.</param>
    /// <returns>The setup, for chaining.</returns>
    public static TSelf ReturnsAsync<TSelf, T, TFunc, TAction>(this CallSetup<TSelf, ValueTask<T>, TFunc, TAction> setup, T value)
        where TSelf : CallSetup<TSelf, ValueTask<T>, TFunc, TAction>
        where TFunc : Delegate
        where TAction : Delegate
        => setup.Returns(new ValueTask<T>(value));

    /// <summary>Returns a task faulted with <paramref name="exception"/> instead of throwing.</summary>
    /// <typeparam name="TSelf">The generated setup type.</typeparam>
    /// <typeparam name="T">The task's result type.</typeparam>
    /// <typeparam name="TFunc">The setup's compute delegate.</typeparam>
    /// <typeparam name="TAction">The setup's callback delegate.</typeparam>
    /// <param name="setup">The setup.</param>
    /// <param name="exception">The exception the task fails with.</param>
    /// <returns>The setup, for chaining.</returns>
    public static TSelf ThrowsAsync<TSelf, T, TFunc, TAction>(this CallSetup<TSelf, Task<T>, TFunc, TAction> setup, Exception exception)
        where TSelf : CallSetup<TSelf, Task<T>, TFunc, TAction>
        where TFunc : Delegate
        where TAction : Delegate
        => setup.Returns(Task.FromException<T>(exception));

    /// <summary>Returns a task faulted with <paramref name="exception"/> instead of throwing.</summary>
    /// <typeparam name="TSelf">The generated setup type.</typeparam>
    /// <typeparam name="T">The task's result type.</typeparam>
    /// <typeparam name="TFunc">The setup's compute delegate.</typeparam>
    /// <typeparam name="TAction">The setup's callback delegate.</typeparam>
    /// <param name="setup">The setup.</param>
    /// <param name="exception">The exception the task fails with.</param>
    /// <returns>The setup, for chaining.</returns>
    public static TSelf ThrowsAsync<TSelf, T, TFunc, TAction>(this CallSetup<TSelf, ValueTask<T>, TFunc, TAction> setup, Exception exception)
        where TSelf : CallSetup<TSelf, ValueTask<T>, TFunc, TAction>
        where TFunc : Delegate
        where TAction : Delegate
        => setup.Returns(ValueTask.FromException<T>(exception));

    /// <summary>Returns a task faulted with <paramref name="exception"/> instead of throwing.</summary>
    /// <typeparam name="TSelf">The generated setup type.</typeparam>
    /// <typeparam name="TFunc">The setup's compute delegate.</typeparam>
    /// <typeparam name="TAction">The setup's callback delegate.</typeparam>
    /// <param name="setup">The setup.</param>
    /// <param name="exception">The exception the task fails with.</param>
    /// <returns>The setup, for chaining.</returns>
    public static TSelf ThrowsAsync<TSelf, TFunc, TAction>(this CallSetup<TSelf, Task, TFunc, TAction> setup, Exception exception)
        where TSelf : CallSetup<TSelf, Task, TFunc, TAction>
        where TFunc : Delegate
        where TAction : Delegate
        => setup.Returns(Task.FromException(exception));

    /// <summary>Returns a task faulted with <paramref name="exception"/> instead of throwing.</summary>
    /// <typeparam name="TSelf">The generated setup type.</typeparam>
    /// <typeparam name="TFunc">The setup's compute delegate.</typeparam>
    /// <typeparam name="TAction">The setup's callback delegate.</typeparam>
    /// <param name="setup">The setup.</param>
    /// <param name="exception">The exception the task fails with.</param>
    /// <returns>The setup, for chaining.</returns>
    public static TSelf ThrowsAsync<TSelf, TFunc, TAction>(this CallSetup<TSelf, ValueTask, TFunc, TAction> setup, Exception exception)
        where TSelf : CallSetup<TSelf, ValueTask, TFunc, TAction>
        where TFunc : Delegate
        where TAction : Delegate
        => setup.Returns(ValueTask.FromException(exception));

    /// <summary>Returns an async sequence of <paramref name="items"/> (a new enumeration each time).</summary>
    /// <typeparam name="TSelf">The generated setup type.</typeparam>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TFunc">The setup's compute delegate.</typeparam>
    /// <typeparam name="TAction">The setup's callback delegate.</typeparam>
    /// <param name="setup">The setup.</param>
    /// <param name="items">The items, in order.</param>
    /// <returns>The setup, for chaining.</returns>
    public static TSelf ReturnsItems<TSelf, T, TFunc, TAction>(this CallSetup<TSelf, IAsyncEnumerable<T>, TFunc, TAction> setup, params T[] items)
        where TSelf : CallSetup<TSelf, IAsyncEnumerable<T>, TFunc, TAction>
        where TFunc : Delegate
        where TAction : Delegate
        => setup.Returns(AsyncSequence.Of(items));
}
