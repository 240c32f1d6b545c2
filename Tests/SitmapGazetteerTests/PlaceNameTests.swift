import SitmapGazetteer
import Testing

@Suite struct PlaceNameTests {
    @Test(arguments: [
        ["Sheikh Najjar", "Shaykh Najjar", "Cheikh Najjar", "Shaikh Najjar", "sheikh-najjar", "SHEIKH NAJJAR"],
        ["Idlib", "Idleb", "Edlib", "idlib"],
        ["Khanasir", "Khanaser", "Khanāşir", "Khanâsser", "Khanaseer"],
        ["Tall Rifaat", "Tal Rifaat", "Tell Rifaat", "Tel Rif‘at", "Tall Rif'at"],
        ["al-Bab", "Al Bāb", "el-Bab", "Al-Bab", "Bab"],
        ["Ma'arrat al-Nu'man", "Maarat al-Numan", "Ma‘arrat an Nu‘mān", "Maarrat al-Noman"],
        ["Deir ez-Zor", "Dayr az Zawr", "Deir el-Zour", "Deir al-Zor"],
        ["Raqqa", "Ar Raqqah", "ar-Raqqa", "al-Raqqah", "Rakka"],
        ["Khan Shaykhun", "Khān Shaykhūn", "Khan Sheikhoun"],
        ["Aleppo's countryside", "Aleppo countryside"],
    ])
    func spellingsOfOnePlaceMeet(_ spellings: [String]) {
        let keys = Set(spellings.map(PlaceName.normalized))
        #expect(keys.count == 1, "\(spellings) → \(keys)")
    }

    @Test func theKeyIsShortAndSpaced() {
        #expect(PlaceName.normalized("Sheikh Najjar") == "shakh najar")
        #expect(PlaceName.normalized("Idlib") == "adlab")
        #expect(PlaceName.normalized("  Jisr   ash-Shughur ") == "jasr shagar")
        #expect(PlaceName.normalized("") == "")
    }

    @Test func differentPlacesStayApart() {
        #expect(PlaceName.normalized("Homs") != PlaceName.normalized("Hama"))
        #expect(PlaceName.normalized("Aleppo") != PlaceName.normalized("Idlib"))
        #expect(PlaceName.normalized("Tall") != PlaceName.normalized("Tala"))
        #expect(PlaceName.normalized("Aleppo province") != PlaceName.normalized("Aleppo"))
    }

    @Test func arabicScriptIsFoldedLetterByLetter() {
        // hamza seats, harakat, taa marbuta and the article do not count
        #expect(PlaceName.normalized("إدلب") == PlaceName.normalized("ادلب"))
        #expect(PlaceName.normalized("حَلَب") == PlaceName.normalized("حلب"))
        #expect(PlaceName.normalized("الرقة") == PlaceName.normalized("رقه"))
        #expect(PlaceName.normalized("حلب") == "حلب")
        #expect(PlaceName.normalized("ريف حلب") == "ريف حلب")
    }

    @Test func theArticleStaysWhenItIsTheWholeName() {
        #expect(PlaceName.normalized("Al") == "al")
        // "at"/"as" are only the article before their own sun letter or joined by a hyphen
        #expect(PlaceName.normalized("As Safirah") == PlaceName.normalized("Safira"))
        #expect(PlaceName.normalized("At Aleppo") == "at alapa")
    }
}
