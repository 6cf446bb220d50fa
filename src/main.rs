fn main() {
    std::process::exit(briefing::cli::main());
}
