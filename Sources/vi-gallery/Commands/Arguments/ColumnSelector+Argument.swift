import ArgumentParser

extension ColumnSelector: ExpressibleByArgument {
    init?(argument: String) {
        self.init(argument)
    }

    var defaultValueDescription: String {
        switch self {
        case .index(let index): return String(index)
        case .name(let name): return name
        }
    }
}
