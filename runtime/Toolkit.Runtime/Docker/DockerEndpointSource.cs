namespace Toolkit.Docker;

/// <summary>How a <see cref="DockerEndpoint"/> was found; errors name it so a wrong endpoint is easy to trace.</summary>
public enum DockerEndpointSource
{
    /// <summary>The caller gave the endpoint in code.</summary>
    Explicit,

    /// <summary>The <c>DOCKER_HOST</c> environment variable.</summary>
    DockerHostVariable,

    /// <summary>A docker context named by the <c>DOCKER_CONTEXT</c> environment variable.</summary>
    DockerContextVariable,

    /// <summary>The <c>currentContext</c> of the docker CLI configuration (<c>~/.docker/config.json</c>).</summary>
    CurrentContext,

    /// <summary>The platform default: <c>unix:///var/run/docker.sock</c>, or <c>npipe:////./pipe/docker_engine</c> on Windows.</summary>
    PlatformDefault,
}
