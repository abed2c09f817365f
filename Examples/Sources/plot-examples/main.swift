import Foundation

// plot-examples OUTDIR [NAME...]: writes OUTDIR/NAME.png for the named examples (all by default).
let arguments = Array(CommandLine.arguments.dropFirst())
guard let folder = arguments.first, !folder.hasPrefix("-") else {
    let names = Example.all.map(\.name).joined(separator: " ")
    FileHandle.standardError.write(Data("usage: plot-examples OUTDIR [NAME...]\nexamples: \(names)\n".utf8))
    exit(2)
}
let wanted = Array(arguments.dropFirst())
if let unknown = wanted.first(where: { name in !Example.all.contains { $0.name == name } }) {
    FileHandle.standardError.write(Data("plot-examples: no example named '\(unknown)'\n".utf8))
    exit(2)
}
let output = URL(fileURLWithPath: folder, isDirectory: true)
do {
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    for example in Example.all where wanted.isEmpty || wanted.contains(example.name) {
        let file = output.appendingPathComponent(example.name + ".png")
        try example.render(file)
        print(file.path)
    }
} catch {
    FileHandle.standardError.write(Data("plot-examples: \(error)\n".utf8))
    exit(1)
}
