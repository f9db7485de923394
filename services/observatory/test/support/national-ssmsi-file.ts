// A national SSMSI commune-base file in the format as downloaded (every department, every
// indicator, `;`, decimal comma, NA), generated deterministically and gzipped: the test's small
// fixture and the bench's ~100 MB file come from here. Fictitious figures; real codes (and 2022
// populations, as insee_pop of vintage 2022) for the 92.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import { DemoRandom } from '@equality-graph/service-kit';
import { COMMUNES } from '@equality-graph/territory';

export const NATIONAL_HEADER =
  'CODGEO_2025;annee;indicateur;unite_de_compte;nombre;taux_pour_mille;est_diffuse;insee_pop;insee_pop_millesime;insee_log;insee_log_millesime;complement_info_nombre;complement_info_taux';

/** The indicator labels of the 2025 edition of the commune base. */
const INDICATORS = [
  'Homicides',
  'Tentatives d’homicide',
  'Violences physiques hors cadre familial',
  'Violences physiques intrafamiliales',
  'Violences sexuelles',
  'Vols avec armes',
  'Vols violents sans arme',
  'Vols sans violence contre des personnes',
  'Cambriolages de logement',
  'Vols de véhicules',
  'Vols dans les véhicules',
  'Vols d’accessoires sur véhicules',
  'Destructions et dégradations volontaires',
  'Usage de stupéfiants',
  'Usage de stupéfiants (AFD)',
  'Trafic de stupéfiants',
  'Escroqueries et fraudes aux moyens de paiement',
];

export const ALL_DEPARTMENTS = [
  ...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((d) => d !== '20'),
  '2A',
  '2B',
  '971',
  '972',
  '973',
  '974',
  '976',
];

export interface NationalFileOptions {
  file: string;
  departments: readonly string[];
  /** Communes per department other than the 92 (which has its 36). */
  communesPerDepartment: number;
  years: readonly number[];
  seed?: number;
}

export interface NationalFileFacts {
  rows: number;
  bytes: number;
  /** Rows of the 92 for the two indicators the observatory imports. */
  departmentRows: number;
}

function communesOf(department: string, count: number): { code: string; population: number }[] {
  if (department === '92') return COMMUNES.map((c) => ({ code: c.code, population: c.population }));
  const width = 5 - department.length;
  return Array.from({ length: count }, (_, i) => ({
    code: `${department}${String(i + 1).padStart(width, '0')}`,
    population: 200 + ((i * 7919) % 40_000),
  }));
}

const french = (n: number, decimals: number) => n.toFixed(decimals).replace('.', ',');

/** Writes the gzipped file; returns how many rows and uncompressed bytes it holds. */
export async function writeNationalFile(options: NationalFileOptions): Promise<NationalFileFacts> {
  const random = new DemoRandom(options.seed ?? 2025);
  const gzip = createGzip({ level: 6 });
  const out = createWriteStream(options.file);
  gzip.pipe(out);
  const facts: NationalFileFacts = { rows: 0, bytes: 0, departmentRows: 0 };
  let buffer: string[] = [];
  const flush = async () => {
    const chunk = `${buffer.join('\n')}\n`;
    buffer = [];
    facts.bytes += Buffer.byteLength(chunk);
    if (!gzip.write(chunk)) await once(gzip, 'drain');
  };
  buffer.push(NATIONAL_HEADER);
  for (const department of options.departments) {
    for (const { code, population } of communesOf(department, options.communesPerDepartment)) {
      for (const year of options.years) {
        for (const indicator of INDICATORS) {
          const diffused = random.chance(0.7);
          const count = random.int(0, Math.max(1, Math.round(population / 100)));
          const rate = (count / population) * 1000;
          buffer.push(
            diffused
              ? `${code};${year};${indicator};victime;${count};${french(rate, 6)};diff;${population};2022;${Math.round(population / 2)};2022;NA;NA`
              : `${code};${year};${indicator};victime;NA;NA;ndiff;${population};2022;${Math.round(population / 2)};2022;${french(rate, 1)};${french(rate, 6)}`,
          );
          facts.rows++;
          if (department === '92' && (indicator === 'Violences physiques intrafamiliales' || indicator === 'Violences sexuelles'))
            facts.departmentRows++;
          if (buffer.length >= 10_000) await flush();
        }
      }
    }
  }
  await flush();
  gzip.end();
  await once(out, 'finish');
  return facts;
}
