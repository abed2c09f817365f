// swift-tools-version: 6.1
// Figures whose matplotlib/seaborn scripts the issues quote, re-made with VIPlot: the yardstick
// every Plot feature is checked against. Run from this folder:
//   swift run plot-examples OUTDIR [NAME...]     writes OUTDIR/NAME.png
//   ./compare.sh [OUTDIR]                        renders them and scores each against reference/png
import PackageDescription

let package = Package(
    name: "VIPlotExamples",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "VIPlot", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "plot-examples",
            dependencies: [.product(name: "Plot", package: "VIPlot"), .product(name: "Stats", package: "VIPlot")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
