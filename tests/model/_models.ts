/** Models of the bundled samples, built once per test file. */
import { analyzeFile, buildModel, type FileAnalysis, type SegmentModel } from "../../lib/mod.ts";
import { projectDataPath } from "../_data.ts";

const cache = new Map<string, Promise<{ analysis: FileAnalysis["analysis"]; model: SegmentModel }>>();

/** The analysis and model of a sample in data/ (small sweep and bootstrap: the model is what matters). */
export function sampleModel(
  name: string,
): Promise<{ analysis: FileAnalysis["analysis"]; model: SegmentModel }> {
  if (!cache.has(name)) {
    cache.set(
      name,
      analyzeFile(projectDataPath(name), { nBoot: 2, kMax: 6 }).then(({ analysis }) => ({
        analysis,
        model: buildModel(analysis),
      })),
    );
  }
  return cache.get(name)!;
}

/** A deep copy of a model as plain JSON, for tampering. */
export function copyOf(model: SegmentModel): any {
  return JSON.parse(JSON.stringify(model));
}
