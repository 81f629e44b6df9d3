// Fill a Spiegelplan feedback form the way Firefox's built-in viewer (pdf.js) does, and save.
import fs from "node:fs";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
const [input, output, answersJson] = process.argv.slice(2);
const answers = JSON.parse(answersJson); // {"s_C01a": "4", "o_keep": "text"}
const data = new Uint8Array(fs.readFileSync(input));
const doc = await pdfjs.getDocument({ data, useSystemFonts: false }).promise;
const fields = await doc.getFieldObjects();
const storage = doc.annotationStorage;
for (const [name, value] of Object.entries(answers)) {
  const widgets = fields[name];
  if (!widgets) throw new Error("no field " + name);
  for (const w of widgets) {
    if (w.type === "radiobutton") storage.setValue(w.id, { value: w.exportValues === value });
    else if (w.type === "text") storage.setValue(w.id, { value });
  }
}
fs.writeFileSync(output, await doc.saveDocument());
console.log("saved", Object.keys(fields).length, "fields");
