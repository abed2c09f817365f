// swift-tools-version: 6.1
// A release-mode memory check kept out of the main package: renders a figure
// many times through the public API and reports resident memory.
// Run it through Tools/sanitize.sh (or: swift run -c release render-loop 1000).
import PackageDescription

let package = Package(
    name: "VIPlotMemoryCheck",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "VIPlot", path: "../..")],
    targets: [
        .executableTarget(
            name: "render-loop",
            dependencies: [
                .product(name: "Plot", package: "VIPlot"),
                .product(name: "Stats", package: "VIPlot"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
