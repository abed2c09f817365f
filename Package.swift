// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "VIPlot",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Stats", targets: ["Stats"]),
        .library(name: "Plot", targets: ["Plot"]),
        .library(name: "VI", targets: ["VI"]),
        .executable(name: "vi-gallery", targets: ["vi-gallery"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // Cairo, cairo-pdf, cairo-svg, cairo-ft and FreeType through pkg-config.
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo-ft",
            providers: [.apt(["libcairo2-dev"])]
        ),
        // The bundled DejaVu Sans and STIX General files, found through Bundle.module.
        .target(
            name: "BundledFonts",
            path: "Fonts",
            exclude: ["LICENSE", "LICENSE_STIX"],
            resources: [.copy("ttf")]
        ),
        .target(name: "Stats"),
        .target(name: "Plot", dependencies: ["Stats", "CCairo", "BundledFonts"]),
        .target(name: "VI", dependencies: ["Stats"]),
        .executableTarget(
            name: "vi-gallery",
            dependencies: [
                "Plot", "VI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What every test target shares: fixture loading that fails loudly, tolerances.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "StatsTests",
            dependencies: ["Stats", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PlotTests",
            dependencies: [
                "Plot", "Stats", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "GalleryTests",
            dependencies: ["vi-gallery", "Plot", "Stats", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "VITests",
            dependencies: ["VI", "Stats", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
