// Fill a Spiegelplan feedback form with pdf-lib (an independent PDF library), and save.
import fs from "node:fs";
import { PDFDocument } from "pdf-lib";
const [input, output, answersJson] = process.argv.slice(2);
const answers = JSON.parse(answersJson);
const doc = await PDFDocument.load(fs.readFileSync(input));
const form = doc.getForm();
for (const [name, value] of Object.entries(answers)) {
  if (name.startsWith("s_")) form.getRadioGroup(name).select(value);
  else form.getTextField(name).setText(value);
}
fs.writeFileSync(output, await doc.save());
console.log("saved", form.getFields().length, "fields");
