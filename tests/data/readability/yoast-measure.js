// Runs Yoast SEO's published German Flesch reading ease on a text, with its intermediate counts,
// for the comparison in tests/core/text/readabilitytest.cpp. Not part of the build: in a scratch
// folder, `npm install yoastseo@3.6.0`, then `node yoast-measure.js germanPaper1.txt …`.
// A .txt file is read as our test texts are written: one paragraph (or heading) a line.
const fs = require("fs");
const base = "yoastseo/build/";
const Paper = require(base + "values/Paper.js").default;
const Researcher = require(base + "languageProcessing/languages/de/Researcher.js").default;
const stripNumbers = require(base + "languageProcessing/helpers/sanitize/stripNumbers.js").default;
const countSentences = require(base + "languageProcessing/helpers/sentence/countSentences.js").default;
const countWords = require(base + "languageProcessing/helpers/word/countWords.js").default;
const countSyllables = require(base + "languageProcessing/helpers/syllables/countSyllables.js").default;
const fleschReadingScore = require(base + "languageProcessing/researches/getFleschReadingScore.js").default;

for (const file of process.argv.slice(2)) {
    let content = fs.readFileSync(file, "utf8");
    if (file.endsWith(".txt"))
        content = content.split("\n").filter((line) => line.trim()).map((line) => "<p>" + line + "</p>").join("\n");
    const paper = new Paper(content, { locale: "de_DE" });
    const researcher = new Researcher(paper);
    // What getFleschReadingScore does, step by step: numbers go before sentences are split.
    const text = stripNumbers(paper.getText());
    const counts = {
        sentences: countSentences(text, researcher.getHelper("memoizedTokenizer")),
        sentencesBeforeNumbersGo: countSentences(paper.getText(), researcher.getHelper("memoizedTokenizer")),
        words: countWords(text),
        syllables: countSyllables(text, researcher.getConfig("syllables")),
        score: fleschReadingScore(paper, researcher).score,
    };
    console.log(file, JSON.stringify(counts));
}
