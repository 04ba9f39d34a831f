import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { catchError, of } from 'rxjs';
import { CatalogueApi } from '@dvc/web/data-access';
import { LocalizePipe } from '@dvc/web/ui';
import { formatVnd, type ProcedureRecord } from '@dvc/shared/domain';
import { CM, LEVEL_LABELS, ONLINE_LEVEL_LABELS, timeLimitLabel } from '../i18n/messages';
import { citizenView } from './citizen-view';

/**
 * A record as the portal's procedure page shows it to citizens: the facts (code, sector, level, time limit, total
 * fees, online level), description and conditions, steps, documents, fees, results, legal basis and where to file.
 * The same sections and wording as the portal (which renders the server's projection of the same record).
 */
@Component({
  selector: 'sd-procedure-preview',
  imports: [LocalizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .pre-line { white-space: pre-line; }
    td.number, th.number { text-align: right; }
    .preview-name { margin-top: 0; }
  `,
  template: `
    @let p = view();
    <article class="preview" data-testid="procedure-preview" aria-labelledby="preview-name">
      <p class="alert alert--info">{{ cm.previewNote | loc }}</p>
      <h2 class="preview-name" id="preview-name">{{ p.name || (cm.untitled | loc) }}</h2>
      <div class="card">
        <dl class="facts">
          <dt>{{ cm.pvCode | loc }}</dt>
          <dd data-testid="preview-code">{{ p.code }}</dd>
          <dt>{{ cm.pvSector | loc }}</dt>
          <dd>{{ p.sectorName }}</dd>
          <dt>{{ cm.pvLevel | loc }}</dt>
          <dd>{{ levels[p.level] | loc }}</dd>
          <dt>{{ cm.pvTimeLimit | loc }}</dt>
          <dd data-testid="preview-time">
            @if (p.timeLimit; as limit) {
              {{ timeLimitLabel(limit) | loc }}
            } @else {
              {{ cm.notSet | loc }}
            }
          </dd>
          <dt>{{ cm.pvFeeTotal | loc }}</dt>
          <dd data-testid="preview-fee-total">
            @if (p.feeTotal > 0) {
              {{ formatVnd(p.feeTotal) }}
            } @else {
              {{ cm.free | loc }}
            }
          </dd>
          <dt>{{ cm.pvOnline | loc }}</dt>
          <dd>{{ onlineLevels[p.onlineLevel] | loc }}</dd>
        </dl>
        @if (p.onlineLevel === 'none') {
          <p class="alert alert--info">{{ cm.pvInPersonOnly | loc }}</p>
        } @else if (!agencyNames().length) {
          <p class="alert alert--info">{{ cm.pvNoAgencies | loc }}</p>
        } @else {
          <p class="muted">{{ cm.pvApplyNote | loc }}</p>
        }
      </div>

      <section class="card" aria-labelledby="preview-description">
        <h3 id="preview-description">{{ cm.pvDescription | loc }}</h3>
        <p class="pre-line">{{ p.description }}</p>
        <h4>{{ cm.pvConditions | loc }}</h4>
        <p class="pre-line">{{ p.conditions }}</p>
      </section>

      <section class="card" aria-labelledby="preview-steps">
        <h3 id="preview-steps">{{ cm.pvSteps | loc }}</h3>
        <ol data-testid="preview-steps">
          @for (step of p.steps; track $index) {
            <li>{{ step }}</li>
          }
        </ol>
      </section>

      <section class="card" aria-labelledby="preview-components">
        <h3 id="preview-components">{{ cm.pvComponents | loc }}</h3>
        <table class="table table--stack">
          <thead>
            <tr>
              <th scope="col">{{ cm.pvComponentName | loc }}</th>
              <th scope="col" class="number">{{ cm.pvOriginals | loc }}</th>
              <th scope="col" class="number">{{ cm.pvCopies | loc }}</th>
              <th scope="col">{{ cm.pvRequired | loc }}</th>
            </tr>
          </thead>
          <tbody>
            @for (component of p.components; track $index) {
              <tr data-testid="preview-component">
                <td [attr.data-label]="cm.pvComponentName | loc">{{ component.name }}</td>
                <td class="number" [attr.data-label]="cm.pvOriginals | loc">{{ component.originals }}</td>
                <td class="number" [attr.data-label]="cm.pvCopies | loc">{{ component.copies }}</td>
                <td [attr.data-label]="cm.pvRequired | loc">{{ (component.required ? cm.yes : cm.no) | loc }}</td>
              </tr>
            }
          </tbody>
        </table>
      </section>

      <section class="card" aria-labelledby="preview-fees">
        <h3 id="preview-fees">{{ cm.pvFees | loc }}</h3>
        @if (p.fees.length === 0) {
          <p>{{ cm.free | loc }}</p>
        } @else {
          <table class="table table--stack">
            <thead>
              <tr>
                <th scope="col">{{ cm.pvFeeName | loc }}</th>
                <th scope="col" class="number">{{ cm.pvAmount | loc }}</th>
              </tr>
            </thead>
            <tbody>
              @for (fee of p.fees; track $index) {
                <tr data-testid="preview-fee">
                  <td [attr.data-label]="cm.pvFeeName | loc">{{ fee.name }}</td>
                  <td class="number" [attr.data-label]="cm.pvAmount | loc">
                    @if (fee.amount > 0) {
                      {{ formatVnd(fee.amount) }}
                    } @else {
                      {{ cm.free | loc }}
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
        @if (p.timeLimit; as limit) {
          <p>{{ cm.pvTimeLimit | loc }}: <strong>{{ timeLimitLabel(limit) | loc }}</strong></p>
        }
      </section>

      <section class="card" aria-labelledby="preview-results">
        <h3 id="preview-results">{{ cm.pvResults | loc }}</h3>
        <ul>
          @for (result of p.results; track $index) {
            <li>{{ result }}</li>
          }
        </ul>
        <h4>{{ cm.pvLegalBasis | loc }}</h4>
        <ul data-testid="preview-legal-basis">
          @for (basis of p.legalBasis; track $index) {
            <li>{{ basis }}</li>
          }
        </ul>
      </section>

      <section class="card" aria-labelledby="preview-agencies">
        <h3 id="preview-agencies">{{ cm.pvAgencies | loc }}</h3>
        @if (agencyNames().length === 0) {
          <p>{{ cm.pvNoAgencies | loc }}</p>
        } @else {
          <ul>
            @for (name of agencyNames(); track $index) {
              <li>{{ name }}</li>
            }
          </ul>
        }
      </section>
    </article>
  `,
})
export class ProcedurePreviewComponent {
  readonly record = input.required<ProcedureRecord>();

  protected readonly cm = CM;
  protected readonly levels = LEVEL_LABELS;
  protected readonly onlineLevels = ONLINE_LEVEL_LABELS;
  protected readonly timeLimitLabel = timeLimitLabel;
  protected readonly formatVnd = formatVnd;
  private readonly catalogue = inject(CatalogueApi);

  protected readonly view = computed(() => citizenView(this.record()));
  /** Agency names by electronic code (the preview still works without them: codes instead). */
  private readonly agencies = rxResource({ stream: () => this.catalogue.agencies().pipe(catchError(() => of([]))) });
  protected readonly agencyNames = computed(() => {
    const names = new Map((this.agencies.hasValue() ? this.agencies.value() : []).map((agency) => [agency.code, agency.name]));
    return [...new Set(this.view().onlineAgencyCodes)].map((code) => names.get(code) ?? code).sort((a, b) => a.localeCompare(b, 'vi'));
  });
}
