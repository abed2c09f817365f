extension TimingReport {
    /// The report of a program that makes data, builds a figure and saves
    /// it: the point count, the output path and the time of each phase
    /// (`data_s`, `build_s`, `save_s`) and in all (`total_inproc_s`), from the
    /// elapsed times at the end of each phase.
    public static func figurePhases(
        script: String, count: Int, output: String, generated: Double, built: Double, total: Double
    ) -> TimingReport {
        var report = TimingReport(script: script)
        report.record(count, as: "n")
        report.record(text: output, as: "out")
        report.record(generated, as: "data_s")
        report.record(built - generated, as: "build_s")
        report.record(total - built, as: "save_s")
        report.record(total, as: "total_inproc_s")
        return report
    }
}
