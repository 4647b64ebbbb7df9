#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The msrender command line.
public enum MSRenderCLI {
    /// Runs msrender with the process arguments and exits with its status.
    public static func runAndExit(_ arguments: [String]) -> Never {
        exit(main(arguments))
    }

    /// Runs msrender and returns the exit status (0 ok, 1 invalid input, 2 usage).
    public static func main(_ arguments: [String]) -> Int32 { 0 }
}
