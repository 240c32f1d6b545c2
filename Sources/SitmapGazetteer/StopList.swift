/// What is never a place in a report, though the gazetteer has a name like it.
enum StopList {
    /// Whether a folded name (lowercase, no diacritics, article dropped) is a common English word that
    /// a town somewhere is also called: a mention only with the article or a qualifier ("al-Tall",
    /// "the town of Hit", "Van province").
    static func isCommonWord(_ folded: String) -> Bool {
        CommonWords.all.contains(folded) || personalNames.contains(folded) || arabicWords.contains(folded)
    }

    /// Arabic words of news text that some place is also called (folded: ة as ه, article dropped):
    /// city, village, town, governorate, countryside, area, district, north, south, east, west, day,
    /// Friday, state, army, forces, regime.
    private static let arabicWords: Set<String> = [
        "مدينه", "قريه", "بلده", "محافظه", "ريف", "منطقه", "حي", "شمال", "جنوب", "شرق", "غرب", "يوم", "جمعه",
        "دوله", "جيش", "قوات", "نظام",
    ]

    /// First names common in the war's news that are also towns (Ali, Hassan in India).
    private static let personalNames: Set<String> = [
        "abbas", "abdullah", "adel", "ahmad", "ahmed", "aisha", "ali", "amir", "amr", "anas", "bashar", "bassam",
        "fadi", "faisal", "fares", "farouk", "fatima", "ghassan", "hafez", "haitham", "hamad", "hamid", "hamza",
        "hassan", "hisham", "hussain", "hussein", "ibrahim", "ismail", "jamal", "karim", "khaled", "khalid", "layla",
        "mahmoud", "maher", "maryam", "mehdi", "mohamed", "mohammad", "mohammed", "muhammad", "mustafa", "nabil",
        "nasser", "nour", "omar", "osama", "qasem", "raed", "rami", "reza", "saleh", "salim", "sami", "samir",
        "suleiman", "tariq", "usama", "walid", "youssef", "yusuf", "zeinab", "ziad",
    ]

    /// Whether a folded name is never a mention on its own: "al-Sham" is the Levant in the names of
    /// groups far more often than Damascus.
    static func isNeverAPlace(_ folded: String) -> Bool { never.contains(folded) }

    private static let never: Set<String> = ["sham", "شام"]

    /// Names of groups, outlets and people that contain place names: the matcher takes them whole, so
    /// "Hayat Tahrir al-Sham" is not a mention of Damascus (al-Sham).
    static let phrases = [
        "Hayat Tahrir al-Sham", "Tahrir al-Sham", "Ahrar al-Sham", "Jabhat Fateh al-Sham", "Faylaq al-Sham",
        "Jabhat al-Nusra", "Jaysh al-Islam", "Jaish al-Islam", "Islamic State", "al-Qaeda", "al-Qaida",
        "Al Jazeera", "Al Arabiya", "Al-Monitor", "Syrian Observatory for Human Rights", "Human Rights Watch",
        "Syrian Democratic Forces", "Syrian National Army", "Free Syrian Army", "Syrian Arab Army",
        "Syrian Arab Red Crescent", "Bashar al-Assad", "Hafez al-Assad", "Ahmed al-Sharaa", "Ahmad al-Sharaa",
        "Abu Mohammed al-Jolani", "Abu Mohammad al-Julani", "Mahmoud Abbas", "White House",
    ]
}
